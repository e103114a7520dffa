import { Flex, Select, Table, Text } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ImportPreview } from '../import-types';

export type Mapping = Record<string, string | null>;

/** Select has no null option: this stands for "leave the column out". */
const SKIP = '__skip__';
/** Not a field: choosing it asks for a new custom field to fill from the column. */
const NEW_FIELD = '__new_field__';

/**
 * Rows align at the top, the texts centred on the height of the select beside them: a row centred
 * as a whole put the column's name below its select once an error showed under the select.
 */
// Mantine's --input-height-sm, defined only inside an input's wrapper.
const LEVEL_WITH_SELECT = { minHeight: 'calc(2.25rem * var(--mantine-scale))' };

export interface TargetField {
  key: string;
  label: string;
  /** How its cells are read: a custom field's type, or the built-in field's (phone, dateTime, text, …). */
  type: string;
}

interface ColumnMappingTableProps {
  preview: ImportPreview;
  /** Fields created since the preview was read, offered until it is read again. */
  added: readonly TargetField[];
  mapping: Mapping;
  errors: Record<string, string>;
  onChange: (column: string, field: string | null) => void;
  /** Offered to who may define custom fields (settings:update); undefined: not offered. */
  onNewField?: (column: string, index: number) => void;
}

/** A row's height before it is measured: a select and its padding. */
const ROW_HEIGHT = 53;
/**
 * Rows rendered beyond the window, each way. A file of up to this many columns has them all in the
 * page; a wider one (an export of every property, a thousand columns) only those near the window:
 * each select, as it mounts, searches the whole page for its options (Mantine's combobox looks into
 * every element for a shadow root), so a thousand of them took 12 s to show, and 5,000 never did.
 * Tabbing on scrolls the window, which brings the next rows in.
 */
const OVERSCAN = 60;

/** Each column of the file, a few of its values, and the field it fills (proposed, changeable). */
export function ColumnMappingTable({
  preview,
  added,
  mapping,
  errors,
  onChange,
  onNewField,
}: ColumnMappingTableProps) {
  const known = new Set(preview.fields.map((field) => field.key));
  const options = [
    { value: SKIP, label: 'Don’t import' },
    ...[...preview.fields, ...added.filter((field) => !known.has(field.key))].map((field) => ({
      value: field.key,
      label: field.label,
    })),
    ...(onNewField ? [{ value: NEW_FIELD, label: 'New custom field…' }] : []),
  ];
  const tableRef = useRef<HTMLTableElement>(null);
  // Where the rows begin in the page, for the window's virtualiser; read once laid out.
  const [rowsTop, setRowsTop] = useState(0);
  useLayoutEffect(() => {
    const body = tableRef.current?.tBodies[0];
    if (body) setRowsTop(body.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: preview.header.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: rowsTop,
  });
  // Refused, the import's first column with an error comes into view: in a wide file it may be far
  // below, not even rendered.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new set of errors
  useEffect(() => {
    const first = preview.header.findIndex((column) => errors[column]);
    if (first >= 0) virtualizer.scrollToIndex(first, { align: 'center' });
  }, [errors]);
  const items = virtualizer.getVirtualItems();
  const above = (items[0]?.start ?? rowsTop) - rowsTop;
  const below = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? rowsTop) - rowsTop);
  const examples = (index: number) =>
    preview.rows
      .map((row) => row[index]?.trim() ?? '')
      .filter(Boolean)
      .slice(0, 3)
      .join(' · ');

  return (
    // On a phone the examples go under the column's name, so its select stays in sight.
    <Table.ScrollContainer minWidth={320}>
      <Table
        ref={tableRef}
        verticalSpacing="xs"
        aria-label="Column mapping"
        aria-rowcount={preview.header.length + 1}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Column in the file</Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              Examples
            </Table.Th>
            <Table.Th scope="col">Import as</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {above > 0 && <Spacer height={above} />}
          {items.map(({ index }) => {
            const column = preview.header[index] ?? '';
            return (
              <Table.Tr
                key={index}
                ref={virtualizer.measureElement}
                data-index={index}
                aria-rowindex={index + 2}
                style={{ verticalAlign: 'top' }}
              >
                <Table.Td>
                  <Flex align="center" style={LEVEL_WITH_SELECT}>
                    <Text size="sm" fw={500}>
                      {column}
                    </Text>
                  </Flex>
                  <Text
                    size="xs"
                    c="dimmed"
                    lineClamp={2}
                    hiddenFrom="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {examples(index) || 'empty'}
                  </Text>
                </Table.Td>
                <Table.Td maw={260} visibleFrom="sm">
                  <Flex align="center" style={LEVEL_WITH_SELECT}>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {examples(index) || 'empty'}
                    </Text>
                  </Flex>
                </Table.Td>
                {/* On a phone the select takes most of the row, so "E-mail (primary)" reads whole; wider,
                  two fifths, so "Created date (kept from the other system)" does. */}
                <Table.Td miw={{ base: 170, sm: 220 }} w={{ base: '62%', sm: '40%' }}>
                  <Select
                    aria-label={`Import “${column}” as`}
                    data={options}
                    value={mapping[column] ?? SKIP}
                    onChange={(next) => {
                      if (next === NEW_FIELD) onNewField?.(column, index);
                      else onChange(column, next === SKIP || next === null ? null : next);
                    }}
                    error={errors[column]}
                    allowDeselect={false}
                    searchable
                    // Enter picks the field typed; it never submits the form, which would start the import.
                    selectFirstOptionOnChange
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') event.preventDefault();
                    }}
                    nothingFoundMessage="No field by that name"
                    size="sm"
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
          {below > 0 && <Spacer height={below} />}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Room for the rows not rendered, above or below those that are (of a three-column table). */
export function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={3} />
    </tr>
  );
}
