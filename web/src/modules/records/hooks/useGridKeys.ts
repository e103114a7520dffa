import { type FocusEvent, type KeyboardEvent, useCallback, useState } from 'react';

/** Where a cell sits: its row among all loaded rows and its column (0 is the selection checkbox). */
export function cellAt(row: number, column: number) {
  return { 'data-row': row, 'data-column': column };
}

/**
 * The whole value of a cell painted cut (a long e-mail, a company's full name), or null when it fits
 * or its content carries a tooltip of its own (the tags). Measured when the pointer or the focus
 * arrives rather than while rendering, so scrolling recycled rows never pays a layout read per cell.
 */
export function cutValue(cell: HTMLElement): string | null {
  if (cell.scrollWidth <= cell.clientWidth || cell.querySelector('[title]')) return null;
  return cell.textContent ?? '';
}

export interface CutCellTip {
  text: string;
  top: number;
  left: number;
  minWidth: number;
  above: boolean;
}

const MOVES: Record<
  string,
  (row: number, column: number, last: { row: number; column: number }) => [number, number]
> = {
  ArrowUp: (row, column) => [row - 1, column],
  ArrowDown: (row, column) => [row + 1, column],
  ArrowLeft: (row, column) => [row, column - 1],
  ArrowRight: (row, column) => [row, column + 1],
  Home: (row) => [row, 0],
  End: (row, _column, last) => [row, last.column],
};

/**
 * Keyboard reading of a virtualised table, after the ARIA grid pattern: from the table's scroll area
 * or any cell, the arrow keys move the focus from cell to cell (Home and End to the row's first and
 * last), scrolling a row into view and rendering it first when it is not. Enter on a cell follows its
 * link. A focused cell whose value is cut shows it whole in a tip below it, since a title only shows
 * on hover.
 */
export function useGridKeys(options: {
  rowCount: number;
  columnCount: number;
  scrollToRow: (row: number) => void;
}) {
  const { rowCount, columnCount, scrollToRow } = options;
  const [tip, setTip] = useState<CutCellTip | null>(null);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const area = event.currentTarget;
      const target = event.target as HTMLElement;
      const cell = target.closest<HTMLElement>('td[data-row]');
      if (event.key === 'Enter' && cell === target) {
        cell.querySelector<HTMLElement>('a[href]')?.click();
        return;
      }
      const move = MOVES[event.key];
      if (!move || rowCount === 0) return;
      // From a cell or what it holds (a link, a checkbox) the arrows move on; from the header they stay
      // with it; from the scroll area itself they enter the first row.
      if (target !== area && target !== cell && target.closest('td[data-row]') === null) return;
      const [row, column] = cell
        ? move(Number(cell.dataset.row), Number(cell.dataset.column), {
            row: rowCount - 1,
            column: columnCount - 1,
          })
        : [0, 1];
      if (row < 0 || row >= rowCount || column < 0 || column >= columnCount) return;
      event.preventDefault();
      const focus = () => {
        const next = area.querySelector<HTMLElement>(`td[data-row="${row}"][data-column="${column}"]`);
        next?.focus();
        return next !== null;
      };
      if (!focus()) {
        scrollToRow(row);
        requestAnimationFrame(() => requestAnimationFrame(focus));
      }
    },
    [rowCount, columnCount, scrollToRow],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const area = event.currentTarget;
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-row]');
    const text = cell && cutValue(cell);
    if (!cell || text === null) {
      setTip(null);
      return;
    }
    // Placed in the scroll area's content, so that it scrolls with its cell; above the cell near the bottom.
    const box = cell.getBoundingClientRect();
    const frame = area.getBoundingClientRect();
    const above = frame.bottom - box.bottom < 48;
    setTip({
      text,
      top: (above ? box.top : box.bottom) - frame.top + area.scrollTop,
      left: box.left - frame.left + area.scrollLeft,
      minWidth: box.width,
      above,
    });
  }, []);

  const onBlur = useCallback(() => setTip(null), []);

  return { onKeyDown, onFocus, onBlur, tip };
}
