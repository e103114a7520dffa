import { Checkbox, Table, Text } from '@mantine/core';
import { defaultRangeExtractor, type Range, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { type RefObject, type SyntheticEvent, useCallback, useEffect, useRef } from 'react';
import { useIsPhone } from '../../../ui/useIsPhone';
import { windowedRows } from '../../../ui/windowedRows';
import { ariaRowCount } from '../grid-navigation';
import { cutValue, useCutCellTip } from '../hooks/useCutCellTip';
import { useGridKeyboard } from '../hooks/useGridKeyboard';
import { useMoreToTheRight } from '../hooks/useMoreToTheRight';
import type { RecordSelection } from '../hooks/useRecordSelection';
import type { RecordColumn } from '../record-list-config';
import '../record-table.css';
import { CutCellTip } from './CutCellTip';
import { PhoneRecordCard, phoneRowHeight } from './PhoneRecordCard';
import { SortableHeader } from './SortableHeader';

const ROW_HEIGHT = 46;
const CHECKBOX_WIDTH = 44;
const OVERSCAN = 12;
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
  /** How many records match, when known: the grid's aria-rowcount. */
  count?: { count: number; accuracy: string };
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** A column just added: scrolled into view and its header briefly lit, since it joins at the far right. */
  revealColumn?: { key: string } | null;
}

/** The selection box and the first column (the record's name) stay in view when the list scrolls sideways. */
const STICKY_BOX = { className: 'sticky-cell', style: { left: 0 } };
const STICKY_FIRST = { className: 'sticky-cell sticky-edge', style: { left: CHECKBOX_WIDTH } };
const stickyAt = (index: number) => (index === 0 ? STICKY_FIRST : undefined);

/** A cut cell reads whole on hover, in its title (on keyboard focus, in useCutCellTip's tip). */
function titleIfCut(event: SyntheticEvent<HTMLElement>) {
  const cell = (event.target as Element).closest('td');
  if (!cell) return;
  const whole = cutValue(cell);
  if (whole !== null) cell.title = whole;
  else cell.removeAttribute('title');
}

/**
 * A table that renders only the rows in view (plus a margin, plus the row holding the keyboard's
 * active cell), with spacer rows between, so it stays smooth over any number of loaded rows; it asks
 * for the next page before the user reaches the end. Fixed column widths keep the header and the
 * recycled rows aligned. Read as an ARIA data grid: one Tab stop, walked with the keys of
 * useGridKeyboard; aria-rowcount and aria-rowindex tell assistive technology where the rendered rows sit.
 * On a phone the grid has two columns, the selection box and a card (PhoneRecordCard), and fits the
 * screen: a row read sideways a column at a time, through a 300-pixel window, said little.
 */
export function VirtualRecordTable<R extends { id: string }>(props: VirtualRecordTableProps<R>) {
  const { label, columns, rows, rowName, sort, onSort, selection, count, hasMore, loadingMore, onLoadMore } =
    props;
  const scrollRef = useRef<HTMLElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const tip = useCutCellTip();
  const phone = useIsPhone();
  const edge = useMoreToTheRight(scrollRef, tableRef);
  // The grid's own columns: on a phone the card stands in the name's place, the view's columns in it.
  const gridColumns = phone ? columns.slice(0, 1) : columns;
  const rowHeight = phone ? phoneRowHeight(columns.length) : ROW_HEIGHT;
  useRevealColumn(tableRef, gridColumns, props.revealColumn ?? null);
  const grid = useGridKeyboard({
    tableRef,
    scrollRef,
    rowCount: rows.length,
    columnCount: gridColumns.length + 1,
    rowHeight,
    sticky: { columns: 2, width: CHECKBOX_WIDTH + (columns[0]?.width ?? 0) },
    hasMore,
    loadingMore,
    onLoadMore,
  });
  const activeIndex = grid.activeRow - 1;
  // The active row stays rendered out of view, or the focus and the grid's Tab stop would go with it.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || activeIndex >= range.count || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    rangeExtractor,
  });
  // The virtualiser keeps the sizes it estimated: a window narrowed to a phone's (or widened) re-lays the rows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of row height
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  // The last row rendered for the view (the active row, kept rendered elsewhere, does not count).
  const { range } = virtualizer;
  const lastIndex = range ? Math.min(rows.length - 1, range.endIndex + OVERSCAN) : -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore]);

  const width = phone ? '100%' : CHECKBOX_WIDTH + columns.reduce((sum, column) => sum + column.width, 0);
  const loadedAllSelected = rows.length > 0 && rows.every((row) => selection.isSelected(row.id));
  const someSelected = rows.some((row) => selection.isSelected(row.id));

  const renderRow = (item: VirtualItem, row: R) => {
    const selected = selection.isSelected(row.id);
    return (
      <Table.Tr
        key={row.id}
        h={rowHeight}
        aria-rowindex={item.index + 2}
        aria-selected={selected}
        bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
      >
        <Table.Td {...grid.cellProps(item.index + 1, 0)} {...STICKY_BOX}>
          <Checkbox
            aria-label={`Select ${rowName(row)}`}
            checked={selected}
            onChange={() => selection.toggle(row.id)}
            size="xs"
            tabIndex={-1}
          />
        </Table.Td>
        {phone && (
          <Table.Td {...grid.cellProps(item.index + 1, 1)} className="phone-card">
            <PhoneRecordCard columns={columns} row={row} />
          </Table.Td>
        )}
        {!phone &&
          columns.map((column, index) => (
            <Table.Td
              key={column.key}
              {...grid.cellProps(item.index + 1, index + 1)}
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
  };

  const body = windowedRows({
    items,
    totalSize: virtualizer.getTotalSize(),
    columns: gridColumns.length + 1,
    render: (item) => {
      const row = rows[item.index];
      return row ? renderRow(item, row) : null;
    },
  });

  return (
    <div style={{ position: 'relative' }}>
      <section
        ref={scrollRef}
        style={{
          height: 'max(22rem, calc(100dvh - 21rem))',
          overflow: 'auto',
          contain: 'strict',
          position: 'relative',
        }}
        aria-label={`${label}, scrollable`}
        onFocus={tip.onFocus}
        onBlur={tip.onBlur}
      >
        <Table
          ref={tableRef}
          role="grid"
          aria-label={label}
          aria-rowcount={ariaRowCount(rows.length, hasMore, count)}
          aria-colcount={gridColumns.length + 1}
          aria-multiselectable
          onKeyDown={grid.onKeyDown}
          onFocus={grid.onFocus}
          stickyHeader
          highlightOnHover
          verticalSpacing={0}
          className="record-table"
          style={{ tableLayout: 'fixed', width, minWidth: '100%' }}
        >
          <colgroup>
            <col style={{ width: CHECKBOX_WIDTH }} />
            {gridColumns.map((column) => (
              <col key={column.key} style={{ width: phone ? undefined : column.width }} />
            ))}
          </colgroup>
          <Table.Thead style={{ zIndex: 2 }}>
            <Table.Tr aria-rowindex={1}>
              <Table.Th scope="col" {...grid.cellProps(0, 0)} {...STICKY_BOX}>
                <Checkbox
                  aria-label="Select all loaded rows"
                  checked={loadedAllSelected || selection.allMatching}
                  indeterminate={someSelected && !loadedAllSelected && !selection.allMatching}
                  onChange={() => selection.toggleMany(rows.map((row) => row.id))}
                  size="xs"
                  tabIndex={-1}
                />
              </Table.Th>
              {gridColumns.map((column, index) => (
                <SortableHeader
                  key={column.key}
                  column={column}
                  sort={sort}
                  onSort={onSort}
                  sticky={phone ? undefined : stickyAt(index)}
                  cell={grid.cellProps(0, index + 1)}
                />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody onMouseOver={titleIfCut}>{body}</Table.Tbody>
        </Table>
        {tip.tip && <CutCellTip tip={tip.tip} />}
        {loadingMore && (
          <Text size="sm" c="dimmed" ta="center" py="sm" role="status">
            Loading more…
          </Text>
        )}
      </section>
      {edge.more && (
        <div
          className="more-to-the-right"
          style={{ right: edge.scrollBarRight, bottom: edge.scrollBarBelow }}
          aria-hidden
        />
      )}
    </div>
  );
}

/** Scrolls a newly added column's header into view once, and lights it (record-table.css). */
function useRevealColumn<R>(
  tableRef: RefObject<HTMLTableElement | null>,
  columns: readonly RecordColumn<R>[],
  reveal: { key: string } | null,
) {
  const done = useRef<{ key: string } | null>(null);
  useEffect(() => {
    const index = columns.findIndex((column) => column.key === reveal?.key);
    if (!reveal || done.current === reveal || index < 0) return;
    done.current = reveal;
    const header = tableRef.current?.querySelector<HTMLElement>(
      `th[data-row="0"][data-column="${index + 1}"]`,
    );
    if (!header) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    header.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: still ? 'auto' : 'smooth' });
    header.classList.remove('column-revealed');
    void header.offsetWidth; // restarts the animation when the same header is lit again
    header.classList.add('column-revealed');
  }, [tableRef, columns, reveal]);
}
