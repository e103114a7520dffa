import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import type { RecordColumn } from '../record-list-config';

interface SortableHeaderProps<R> {
  column: RecordColumn<R>;
  sort: string;
  onSort: (sort: string) => void;
  /** Set when the column stays in view as the list scrolls sideways (VirtualRecordTable). */
  sticky?: { className: string; style: CSSProperties };
  /**
   * Set in a grid (VirtualRecordTable): the header cell's place and tabindex. The cell then takes the
   * focus and Enter or Space on it sorts (useGridKeyboard), so the button leaves the Tab order.
   */
  cell?: { tabIndex: number; 'data-row': number; 'data-column': number; 'aria-colindex': number };
}

/** A column header; a sortable one is a button that sorts ascending, then descending. */
export function SortableHeader<R>({ column, sort, onSort, sticky, cell }: SortableHeaderProps<R>) {
  const { sortKey } = column;
  if (!sortKey) {
    return (
      <Table.Th scope="col" {...cell} className={sticky?.className} style={sticky?.style}>
        <HeaderLabel label={column.label} />
      </Table.Th>
    );
  }
  const direction = sort === sortKey ? 'ascending' : sort === `-${sortKey}` ? 'descending' : 'none';
  const Icon =
    direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th scope="col" aria-sort={direction} {...cell} className={sticky?.className} style={sticky?.style}>
      <UnstyledButton
        onClick={() => onSort(direction === 'ascending' ? `-${sortKey}` : sortKey)}
        fw={600}
        fz="sm"
        aria-label={`Sort by ${column.label}`}
        tabIndex={cell ? -1 : undefined}
        maw="100%"
      >
        <Group gap={4} wrap="nowrap">
          <HeaderLabel label={column.label} />
          <Icon size={14} aria-hidden opacity={direction === 'none' ? 0.4 : 1} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

// One line whatever the font: a label wider than its column (a long custom field's, a wide system
// font's) ends in an ellipsis, whole in its tooltip, rather than making the header row taller.
function HeaderLabel({ label }: { label: string }) {
  return (
    <Text span inherit truncate="end" title={label} display="block" miw={0}>
      {label}
    </Text>
  );
}
