import { Checkbox, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type SyntheticEvent, useEffect, useRef } from 'react';
import { cellAt, cutValue, useGridKeys } from '../hooks/useGridKeys';
import type { RecordSelection } from '../hooks/useRecordSelection';
import type { RecordColumn } from '../record-list-config';
import '../record-table.css';
import { SortableHeader } from './SortableHeader';

const ROW_HEIGHT = 46;
const CHECKBOX_WIDTH = 44;
/** Ask for the next keyset page while this many loaded rows are still below the viewport. */
const PREFETCH_ROWS = 30;

interface VirtualRecordTableProps<R extends { id: string }> {
  label: string;
  columns: readonly RecordColumn<R>[];
  rows: readonly R[];
  rowName: (record: R) => string;
  sort: string;
  onSort: (sort: string) => void;
  selection: RecordSelection;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** The selection box and the first column (the record's name) stay in view when the list scrolls sideways. */
const STICKY_BOX = { className: 'sticky-cell', style: { left: 0 } };
const STICKY_FIRST = { className: 'sticky-cell sticky-edge', style: { left: CHECKBOX_WIDTH } };
const stickyAt = (index: number) => (index === 0 ? STICKY_FIRST : undefined);

/** A cut cell reads whole on hover, in its title (on keyboard focus, in useGridKeys' tip). */
function titleIfCut(event: SyntheticEvent<HTMLElement>) {
  const cell = (event.target as Element).closest('td');
  if (!cell) return;
  const whole = cutValue(cell);
  if (whole !== null) cell.title = whole;
  else cell.removeAttribute('title');
}

/**
 * A table that renders only the rows in view (plus a margin), with spacer rows above and below, so it
 * stays smooth over any number of loaded rows; it asks for the next page before the user reaches the
 * end. Fixed column widths keep the header and the recycled rows aligned.
 */
export function VirtualRecordTable<R extends { id: string }>(props: VirtualRecordTableProps<R>) {
  const { label, columns, rows, rowName, sort, onSort, selection, hasMore, loadingMore, onLoadMore } = props;
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const grid = useGridKeys({
    rowCount: rows.length,
    columnCount: columns.length + 1,
    scrollToRow: (row) => virtualizer.scrollToIndex(row, { align: 'auto' }),
  });
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const width = CHECKBOX_WIDTH + columns.reduce((sum, column) => sum + column.width, 0);
  const loadedAllSelected = rows.length > 0 && rows.every((row) => selection.isSelected(row.id));
  const someSelected = rows.some((row) => selection.isSelected(row.id));

  return (
    <section
      ref={scrollRef}
      style={{
        height: 'max(22rem, calc(100dvh - 21rem))',
        overflow: 'auto',
        contain: 'strict',
        position: 'relative',
      }}
      // The scroll area is focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      aria-label={`${label}, scrollable`}
      onKeyDown={grid.onKeyDown}
      onFocus={grid.onFocus}
      onBlur={grid.onBlur}
    >
      <Table
        aria-label={label}
        stickyHeader
        highlightOnHover
        verticalSpacing={0}
        className="record-table"
        style={{ tableLayout: 'fixed', width, minWidth: '100%' }}
      >
        <colgroup>
          <col style={{ width: CHECKBOX_WIDTH }} />
          {columns.map((column) => (
            <col key={column.key} style={{ width: column.width }} />
          ))}
        </colgroup>
        <Table.Thead style={{ zIndex: 2 }}>
          <Table.Tr>
            <Table.Th scope="col" {...STICKY_BOX}>
              <Checkbox
                aria-label="Select all loaded rows"
                checked={loadedAllSelected || selection.allMatching}
                indeterminate={someSelected && !loadedAllSelected && !selection.allMatching}
                onChange={() => selection.toggleMany(rows.map((row) => row.id))}
                size="xs"
              />
            </Table.Th>
            {columns.map((column, index) => (
              <SortableHeader
                key={column.key}
                column={column}
                sort={sort}
                onSort={onSort}
                sticky={stickyAt(index)}
              />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onMouseOver={titleIfCut}>
          {paddingTop > 0 && (
            <tr aria-hidden style={{ height: paddingTop }}>
              <td colSpan={columns.length + 1} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const selected = selection.isSelected(row.id);
            return (
              <Table.Tr
                key={row.id}
                h={ROW_HEIGHT}
                aria-selected={selected}
                bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
              >
                <Table.Td tabIndex={-1} {...cellAt(item.index, 0)} {...STICKY_BOX}>
                  <Checkbox
                    aria-label={`Select ${rowName(row)}`}
                    checked={selected}
                    onChange={() => selection.toggle(row.id)}
                    size="xs"
                  />
                </Table.Td>
                {columns.map((column, index) => (
                  <Table.Td
                    key={column.key}
                    tabIndex={-1}
                    {...cellAt(item.index, index + 1)}
                    className={stickyAt(index)?.className}
                    style={{
                      whiteSpace: 'nowrap',
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                      ...stickyAt(index)?.style,
                    }}
                  >
                    {column.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden style={{ height: paddingBottom }}>
              <td colSpan={columns.length + 1} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {grid.tip && (
        // The cell's own text is what assistive technology reads; this only shows it whole.
        <Text
          aria-hidden
          data-cut-cell-tip
          size="sm"
          px="xs"
          py={4}
          bg="var(--mantine-color-body)"
          bd="1px solid var(--mantine-color-default-border)"
          style={{
            position: 'absolute',
            top: grid.tip.top,
            left: grid.tip.left,
            minWidth: grid.tip.minWidth,
            maxWidth: '32rem',
            transform: grid.tip.above ? 'translateY(-100%)' : undefined,
            zIndex: 3,
            borderRadius: 'var(--mantine-radius-sm)',
            boxShadow: 'var(--mantine-shadow-sm)',
            overflowWrap: 'anywhere',
            pointerEvents: 'none',
          }}
        >
          {grid.tip.text}
        </Text>
      )}
      {loadingMore && (
        <Text size="sm" c="dimmed" ta="center" py="sm" role="status">
          Loading more…
        </Text>
      )}
    </section>
  );
}
