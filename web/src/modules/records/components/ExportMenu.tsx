import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ApiFilter } from '../filter-model';
import type { ExportFormat } from '../record-list-config';
import type { RecordObject } from '../record-types';

const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', json: 'JSON', vcf: 'vCard' };

interface Choice {
  format: ExportFormat;
  label: string;
  /** Excel reads UTF-8 as its local code page unless the file starts with a byte-order mark. */
  bom?: boolean;
}

interface ExportMenuProps {
  object: RecordObject;
  formats: readonly ExportFormat[];
  filter: ApiFilter | null;
  /** The list's sort, so the file reads in the order the list shows. */
  sort: string;
  /** Export columns (API field names); vCard has its own. */
  columns: readonly string[];
}

/** Downloads the list as it is filtered and sorted, streamed by the server (GET needs no CSRF token). */
export function ExportMenu({ object, formats, filter, sort, columns }: ExportMenuProps) {
  const choices: Choice[] = formats.flatMap((format): Choice[] =>
    format === 'csv'
      ? [
          { format, label: FORMAT_LABELS[format] },
          { format, label: 'CSV for Excel', bom: true },
        ]
      : [{ format, label: FORMAT_LABELS[format] }],
  );
  const hrefOf = ({ format, bom }: Choice) => {
    const params = new URLSearchParams({ format, sort });
    if (bom) params.set('bom', 'true');
    if (filter) params.set('filter', JSON.stringify(filter));
    if (format !== 'vcf' && columns.length > 0) params.set('columns', columns.join(','));
    return `/api/v1/${object}/export?${params}`;
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>The records matching the filter</Menu.Label>
        {choices.map((choice) => (
          <Menu.Item key={choice.label} component="a" href={hrefOf(choice)} download>
            {choice.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
