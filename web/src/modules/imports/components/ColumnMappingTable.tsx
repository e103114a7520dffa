import { Flex, Select, Stack, Table, Text } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FindBox, indexesFound } from '../../../ui/FindBox';
import { windowedRows } from '../../../ui/windowedRows';
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
/**
 * A file of more columns than this has a box to find a column by name: its rows beyond the window are
 * not in the page, so the browser's own find does not reach them.
 */
const FINDABLE_FROM = 20;

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
  const [find, setFind] = useState('');
  // The columns listed, as indexes in the file: all, or those whose name holds what is typed.
  const shown = useMemo(() => indexesFound(preview.header, find), [preview.header, find]);
  const tableRef = useRef<HTMLTableElement>(null);
  // Where the rows begin in the page, for the window's virtualiser: read after each render, as what is
  // above the table (the file's preview, a notice) may have changed height since.
  const [rowsTop, setRowsTop] = useState(0);
  useLayoutEffect(() => {
    const body = tableRef.current?.tBodies[0];
    if (!body) return;
    const top = Math.round(body.getBoundingClientRect().top + window.scrollY);
    if (top !== rowsTop) setRowsTop(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: shown.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: rowsTop,
  });
  // Refused, the import's first column with an error comes into view: in a wide file it may be far
  // below, not even rendered, or left out by what was typed to find a column (which is then cleared).
  const [reveal, setReveal] = useState<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new set of errors
  useEffect(() => {
    const first = preview.header.findIndex((column) => errors[column]);
    if (first >= 0) setReveal(first);
  }, [errors]);
  useEffect(() => {
    if (reveal === null) return;
    const at = shown.indexOf(reveal);
    if (at < 0) {
      setFind('');
      return;
    }
    virtualizer.scrollToIndex(at, { align: 'center' });
    setReveal(null);
  }, [reveal, shown, virtualizer]);
  const examples = (index: number) =>
    preview.rows
      .map((row) => row[index]?.trim() ?? '')
      .filter(Boolean)
      .slice(0, 3)
      .join(' · ');

  const row = (at: number) => {
    const index = shown[at] as number;
    const column = preview.header[index] ?? '';
    return (
      <Table.Tr
        key={index}
        ref={virtualizer.measureElement}
        data-index={at}
        aria-rowindex={at + 2}
        style={{ verticalAlign: 'top' }}
      >
        <Table.Td>
          <Flex align="center" style={LEVEL_WITH_SELECT}>
            <Text size="sm" fw={500}>
              {column}
            </Text>
          </Flex>
          <Text size="xs" c="dimmed" lineClamp={2} hiddenFrom="sm" style={{ overflowWrap: 'anywhere' }}>
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
  };

  return (
    <Stack gap="xs">
      {preview.header.length > FINDABLE_FROM && (
        <FindBox
          label="Find a column"
          value={find}
          onChange={setFind}
          found={shown.length}
          total={preview.header.length}
          noun="columns"
        />
      )}
      {/* On a phone the examples go under the column's name, so its select stays in sight. */}
      <Table.ScrollContainer minWidth={320}>
        <Table
          ref={tableRef}
          verticalSpacing="xs"
          aria-label="Column mapping"
          aria-rowcount={shown.length + 1}
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
            {windowedRows({
              items: virtualizer.getVirtualItems(),
              totalSize: virtualizer.getTotalSize(),
              columns: 3,
              render: (item) => row(item.index),
              offset: rowsTop,
            })}
            {shown.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="sm" c="dimmed">
                    No column’s name holds “{find.trim()}”.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
