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
  /** Rows ticked by hand (not "all matching"): offered as a file of their own. */
  selectedIds?: ReadonlySet<string>;
}

/** As the server takes them: the ids travel in the address, which holds so many. */
const MAX_SELECTED = 200;

/**
 * Downloads the list as it is filtered and sorted, or just the rows ticked, streamed by the server
 * (GET needs no CSRF token).
 */
export function ExportMenu({ object, formats, filter, sort, columns, selectedIds }: ExportMenuProps) {
  const choices: Choice[] = formats.flatMap((format): Choice[] =>
    format === 'csv'
      ? [
          { format, label: FORMAT_LABELS[format] },
          { format, label: 'CSV for Excel', bom: true },
        ]
      : [{ format, label: FORMAT_LABELS[format] }],
  );
  const selected = selectedIds && selectedIds.size > 0 ? [...selectedIds] : [];
  const hrefOf = ({ format, bom }: Choice, ids?: string[]) => {
    const params = new URLSearchParams({ format, sort });
    // For a spreadsheet: the byte-order mark Excel needs, and headers and choices as people read them.
    if (bom) {
      params.set('bom', 'true');
      params.set('labels', 'true');
    }
    if (ids) params.set('ids', ids.join(','));
    else if (filter) params.set('filter', JSON.stringify(filter));
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
        {selected.length > 0 && <Menu.Divider />}
        {selected.length > 0 && <Menu.Label>The {selected.length} selected</Menu.Label>}
        {selected.length > MAX_SELECTED && (
          <Menu.Item disabled>More than {MAX_SELECTED}: export them by a filter</Menu.Item>
        )}
        {selected.length > 0 &&
          selected.length <= MAX_SELECTED &&
          choices.map((choice) => (
            <Menu.Item
              key={`selected-${choice.label}`}
              component="a"
              href={hrefOf(choice, selected)}
              download
              aria-label={`${choice.label} of the ${selected.length} selected`}
            >
              {choice.label}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
