import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { cellAfterKey, clampCell, type GridCell, scrollDelta } from '../grid-navigation';

/** What would each be a Tab stop inside the cells (links, the checkboxes, sort buttons): the cell takes the focus for them. */
const INNER_CONTROLS = 'a[href], button, input, select, textarea, [tabindex]:not([data-row])';

const FIRST_RECORD_NAME: GridCell = { row: 1, column: 1 };

const selectorOf = ({ row, column }: GridCell) => `[data-row="${row}"][data-column="${column}"]`;
const positionOf = (cell: HTMLElement): GridCell => ({
  row: Number(cell.dataset.row),
  column: Number(cell.dataset.column),
});

interface GridKeyboardOptions {
  tableRef: RefObject<HTMLTableElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  /** Loaded records; the grid has one row more, the header (row 0). */
  rowCount: number;
  columnCount: number;
  rowHeight: number;
  /** The first columns, which stay in view when the list scrolls sideways, and how wide they are together. */
  sticky: { columns: number; width: number };
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/**
 * Enter, Space and Shift+Space on a focused cell: follow its link, press its sort button or toggle its
 * checkbox, select its row. Says whether the key was the cell's.
 */
function activateCell(cell: HTMLElement, event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const press = (selector: string, scope: Element | null = cell) =>
    scope?.querySelector<HTMLElement>(selector)?.click();
  const inHeader = cell.tagName === 'TH';
  if (event.key === ' ' && event.shiftKey) {
    if (!inHeader) press('input[type="checkbox"]', cell.closest('tr'));
  } else if (event.key === ' ') {
    press(inHeader ? 'input[type="checkbox"], button' : 'input[type="checkbox"]');
  } else if (event.key === 'Enter' && !event.shiftKey) {
    press('a[href], button');
  } else {
    return false;
  }
  return true;
}

/**
 * The keyboard of a virtualised record list read as an ARIA data grid (WAI-ARIA APG "Data Grid"):
 * the grid is one Tab stop, its active cell (roving tabindex); the arrows, Home, End, PageUp and
 * PageDown move between cells (see grid-navigation.ts), scrolling the target into view clear of the
 * sticky header and columns; moving down past the loaded rows asks for the next page and moves on
 * when it comes. The caller keeps the active row rendered (the virtualiser's range), so the Tab stop
 * and the focus survive scrolling.
 */
export function useGridKeyboard(options: GridKeyboardOptions) {
  const { tableRef, scrollRef, rowCount, columnCount, rowHeight, sticky } = options;
  const { hasMore, loadingMore, onLoadMore } = options;
  const [active, setActive] = useState<GridCell>(FIRST_RECORD_NAME);
  const current = clampCell(active, rowCount + 1, columnCount);
  const focusAfterRender = useRef(false);
  const wantedCell = useRef<GridCell | null>(null);

  const headerHeight = useCallback(
    () => tableRef.current?.tHead?.getBoundingClientRect().height ?? 0,
    [tableRef],
  );

  const focusCell = useCallback(
    (cell: HTMLElement) => {
      const area = scrollRef.current;
      if (area) {
        const { row, column } = positionOf(cell);
        const frame = area.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        const top = frame.top + area.clientTop;
        const left = frame.left + area.clientLeft;
        if (row > 0) {
          const view = { start: top + headerHeight(), end: top + area.clientHeight };
          area.scrollTop += scrollDelta({ start: box.top, end: box.bottom }, view);
        }
        if (column >= sticky.columns) {
          const view = { start: left + sticky.width, end: left + area.clientWidth };
          area.scrollLeft += scrollDelta({ start: box.left, end: box.right }, view);
        }
      }
      // Scrolled here rather than by focus(), which would leave the cell under the sticky header or name.
      cell.focus({ preventScroll: true });
    },
    [scrollRef, headerHeight, sticky.columns, sticky.width],
  );

  const moveTo = useCallback(
    (cell: GridCell) => {
      const element = tableRef.current?.querySelector<HTMLElement>(selectorOf(cell));
      if (element) {
        focusCell(element);
        return;
      }
      // Out of the rendered rows: made active, it is rendered, then focused (the layout effect below).
      focusAfterRender.current = true;
      setActive(cell);
    },
    [tableRef, focusCell],
  );

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    const element = tableRef.current?.querySelector<HTMLElement>(
      selectorOf({ row: current.row, column: current.column }),
    );
    if (element) focusCell(element);
  }, [tableRef, focusCell, current.row, current.column]);

  // The next page came after ArrowDown on the last loaded row: move on to its first row, if the focus stayed.
  useEffect(() => {
    const wanted = wantedCell.current;
    if (!wanted || wanted.row > rowCount) return;
    wantedCell.current = null;
    if (tableRef.current?.contains(document.activeElement)) moveTo(wanted);
  }, [rowCount, tableRef, moveTo]);

  // The cells' own controls leave the Tab order, whoever renders them (a column's link, a late badge).
  useEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    const tame = () => {
      for (const control of table.querySelectorAll<HTMLElement>(INNER_CONTROLS))
        if (control.tabIndex !== -1) control.tabIndex = -1;
    };
    tame();
    const observer = new MutationObserver(tame);
    observer.observe(table, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [tableRef]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      const cell = target.closest<HTMLElement>('[data-row]');
      if (!cell || !event.currentTarget.contains(cell)) return;
      wantedCell.current = null;
      if (target !== cell) {
        // From a control in a cell (a checkbox clicked), Escape returns to the cell; the arrows move on.
        if (event.key === 'Escape') {
          event.preventDefault();
          focusCell(cell);
          return;
        }
      } else if (activateCell(cell, event)) {
        event.preventDefault();
        return;
      }
      const from = positionOf(cell);
      const area = scrollRef.current;
      const pageRows = area ? Math.max(1, Math.floor((area.clientHeight - headerHeight()) / rowHeight)) : 1;
      const move = cellAfterKey(event, from, { rows: rowCount + 1, columns: columnCount, pageRows });
      if (!move) return;
      event.preventDefault();
      if (move.pastLastRow && hasMore) {
        if (!loadingMore) onLoadMore();
        if (move.to.row === from.row) wantedCell.current = { row: from.row + 1, column: from.column };
      }
      moveTo(move.to);
    },
    [
      scrollRef,
      headerHeight,
      rowHeight,
      rowCount,
      columnCount,
      hasMore,
      loadingMore,
      onLoadMore,
      focusCell,
      moveTo,
    ],
  );

  /** Focus arriving by Tab, a click or a script makes its cell the active one. */
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!cell) return;
    const next = positionOf(cell);
    setActive((was) => (was.row === next.row && was.column === next.column ? was : next));
  }, []);

  const cellProps = useCallback(
    (row: number, column: number) => ({
      'data-row': row,
      'data-column': column,
      'aria-colindex': column + 1,
      tabIndex: row === current.row && column === current.column ? 0 : -1,
    }),
    [current.row, current.column],
  );

  return { activeRow: current.row, cellProps, onKeyDown, onFocus };
}
