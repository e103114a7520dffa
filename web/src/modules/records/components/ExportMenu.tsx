import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ApiFilter } from '../filter-model';
import type { ExportFormat } from '../record-list-config';
import type { RecordObject } from '../record-types';

const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', json: 'JSON', vcf: 'vCard' };

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
  const hrefOf = (format: ExportFormat) => {
    const params = new URLSearchParams({ format, sort });
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
        {formats.map((format) => (
          <Menu.Item key={format} component="a" href={hrefOf(format)} download>
            {FORMAT_LABELS[format]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
