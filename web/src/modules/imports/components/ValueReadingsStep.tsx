import { Loader, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useState } from 'react';
import { FindBox, indexesFound } from '../../../ui/FindBox';
import { QueryError } from '../../../ui/QueryError';
import { windowedRows } from '../../../ui/windowedRows';
import {
  type ColumnValues,
  type PickListColumn,
  readingOf,
  rejectedRows,
  type ValueReadings,
} from '../value-readings';

/** Select has no null option: this stands for "leave the field empty". */
const EMPTY = '__empty__';

interface ValueReadingsStepProps {
  columns: readonly PickListColumn[];
  listed: readonly UseQueryResult<ColumnValues>[];
  readings: ValueReadings;
  /** undefined: back to the proposal (or to rejecting its rows, for a text nothing was proposed for). */
  onChange: (column: string, text: string, reading: string | null | undefined) => void;
  error?: string | undefined;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

/**
 * For each column filling a field with choices (lifecycle stage, select, multi-select): every text
 * the file gives it, how many rows give it, and the choice it becomes, proposed and changeable. A
 * text nothing is proposed for rejects its rows unless given a choice or left empty.
 */
export function ValueReadingsStep({ columns, listed, readings, onChange, error }: ValueReadingsStepProps) {
  if (columns.length === 0) return null;
  return (
    <Stack gap="lg">
      <div>
        <Title order={3} size="h5">
          Values
        </Title>
        <Text size="sm" c="dimmed">
          What each value of these columns becomes, read from the whole file.
        </Text>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </div>
      {columns.map((column, index) => (
        <ColumnValuesTable
          key={`${column.column}\u0000${column.field}`}
          column={column}
          query={listed[index]}
          chosen={readings[column.column]}
          onChange={(text, reading) => onChange(column.column, text, reading)}
        />
      ))}
    </Stack>
  );
}

interface ColumnValuesTableProps {
  column: PickListColumn;
  query: UseQueryResult<ColumnValues> | undefined;
  chosen: Record<string, string | null> | undefined;
  onChange: (text: string, reading: string | null | undefined) => void;
}

function ColumnValuesTable({ column, query, chosen, onChange }: ColumnValuesTableProps) {
  // State, not a ref: the rows' virtualiser mounts inside the box, before the box's ref is set, and
  // must render again once it is.
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);
  const [find, setFind] = useState('');
  const heading = `“${column.column}” → ${column.label}`;
  if (!query || query.isPending)
    return <Loader size="sm" aria-label={`Reading the values of “${column.column}”`} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const listed = query.data;
  // Texts nothing was proposed for come first, where they are seen; the order stays put as choices
  // are made (it follows the proposals, which do not change).
  const ordered = [...listed.values].sort(
    (a, b) => Number(a.proposed !== null) - Number(b.proposed !== null),
  );
  const shown = indexesFound(
    ordered.map((value) => value.text),
    find,
  ).map((index) => ordered[index] as ListedValue);
  const owner = column.field === 'owner';
  const options = [
    { value: EMPTY, label: owner ? 'No owner from the file' : 'Leave empty' },
    ...listed.choices.map((choice) => ({ value: choice.value, label: choice.label })),
  ];
  const rejected = rejectedRows(listed, chosen, column.unmatched);
  const notFound = owner ? 'Not a member' : column.field === 'country' ? 'Not a country' : 'Not a choice';
  const placeholder = `${notFound}: ${column.unmatched === 'empty' ? 'no owner' : 'rows rejected'}`;

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {heading}
      </Text>
      <Text size="sm" c={rejected > 0 ? 'red' : 'dimmed'}>
        {plural(listed.rows, 'row')} give {plural(listed.values.length, 'value')}.{' '}
        {rejected > 0
          ? `${plural(rejected, 'row')} will be rejected: choose what their value becomes, or leave it empty.`
          : owner
            ? 'Records a row gives no owner are yours if new; those it updates keep theirs.'
            : 'Every value has a choice.'}
      </Text>
      {ordered.length > VALUE_OVERSCAN && (
        <FindBox
          label={`Find a value of “${column.column}”`}
          value={find}
          onChange={setFind}
          found={shown.length}
          total={ordered.length}
          noun="values"
        />
      )}
      <ScrollArea.Autosize mah={360} type="auto" viewportRef={setViewport}>
        <Table
          verticalSpacing={4}
          aria-label={`Values of “${column.column}”`}
          aria-rowcount={shown.length + 1}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Value in the file</Table.Th>
              <Table.Th scope="col" ta="right">
                Rows
              </Table.Th>
              <Table.Th scope="col">Becomes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <ValueRows
            ordered={shown}
            viewport={viewport}
            row={(value) => {
              const reading = readingOf(value, chosen);
              return (
                <>
                  <Table.Td style={{ overflowWrap: 'break-word' }}>
                    <Text size="sm">{value.text}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{value.rows.toLocaleString()}</Text>
                  </Table.Td>
                  <Table.Td miw={170} w="45%">
                    <Select
                      aria-label={`“${value.text}” becomes`}
                      data={options}
                      value={reading === undefined ? null : (reading ?? EMPTY)}
                      placeholder={placeholder}
                      error={reading === undefined && column.unmatched === 'reject'}
                      // Members and countries are many: typed, they narrow down.
                      searchable={listed.choices.length > 12}
                      // Cleared, a text nothing was proposed for goes back to rejecting its rows.
                      clearable={value.proposed === null && reading !== undefined}
                      allowDeselect={false}
                      onChange={(next) =>
                        onChange(value.text, next === null ? undefined : next === EMPTY ? null : next)
                      }
                      size="xs"
                    />
                  </Table.Td>
                </>
              );
            }}
          />
        </Table>
      </ScrollArea.Autosize>
      {shown.length === 0 && (
        <Text size="sm" c="dimmed">
          No value holds “{find.trim()}”.
        </Text>
      )}
      {listed.unlisted > 0 && (
        <Text size="xs" c="dimmed">
          {plural(listed.unlisted, 'more cell')} give values beyond these{' '}
          {listed.values.length.toLocaleString()}: each is read as its choice by name, or its row rejected.
        </Text>
      )}
    </Stack>
  );
}

type ListedValue = ColumnValues['values'][number];

/** A value's row height before it is measured: an extra-small select and its padding. */
const VALUE_ROW_HEIGHT = 39;
/**
 * Rows rendered beyond the box's window, each way: a column of up to this many values is whole in the
 * page; one of hundreds (countries, owners) only near what shows, as each select searches the whole
 * page as it mounts (ColumnMappingTable): two columns of 200 values took 1.4 s to show.
 */
const VALUE_OVERSCAN = 30;

function ValueRows({
  ordered,
  viewport,
  row,
}: {
  ordered: readonly ListedValue[];
  viewport: HTMLDivElement | null;
  row: (value: ListedValue) => ReactNode;
}) {
  const virtualizer = useVirtualizer({
    count: ordered.length,
    getScrollElement: () => viewport,
    estimateSize: () => VALUE_ROW_HEIGHT,
    overscan: VALUE_OVERSCAN,
  });
  return (
    <Table.Tbody>
      {windowedRows({
        items: virtualizer.getVirtualItems(),
        totalSize: virtualizer.getTotalSize(),
        columns: 3,
        render: ({ index }) => {
          const value = ordered[index] as ListedValue;
          return (
            <Table.Tr
              key={value.text}
              ref={virtualizer.measureElement}
              data-index={index}
              aria-rowindex={index + 2}
            >
              {row(value)}
            </Table.Tr>
          );
        },
      })}
    </Table.Tbody>
  );
}
