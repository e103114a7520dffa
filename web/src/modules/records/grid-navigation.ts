/**
 * Moving through a record list read as an ARIA data grid (WAI-ARIA APG, "Data Grid" pattern,
 * https://www.w3.org/WAI/ARIA/apg/patterns/grid/): pure arithmetic over cell positions, no DOM.
 * Row 0 is the header; rows 1… are the loaded records. Column 0 is the selection checkbox.
 */

export interface GridCell {
  row: number;
  column: number;
}

export interface GridShape {
  /** Rows in the grid, the header included. */
  rows: number;
  columns: number;
  /** Rows that fit in the viewport: what PageUp and PageDown move by. */
  pageRows: number;
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

export interface GridMove {
  to: GridCell;
  /** The key asked for a row below the last loaded one (ArrowDown on it, PageDown near it). */
  pastLastRow: boolean;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** The row a key asks for, before clamping, or null when the key moves nothing. */
function rowAsked(key: string, command: boolean, row: number, shape: GridShape): number | null {
  const lastRow = shape.rows - 1;
  switch (key) {
    case 'ArrowUp':
      return row - 1;
    case 'ArrowDown':
      return row + 1;
    // Paging stays among the records: from the header it lands a page down, never back on the header.
    case 'PageUp':
      return row === 0 ? 0 : Math.max(row - shape.pageRows, 1);
    case 'PageDown':
      return row + shape.pageRows;
    case 'Home':
      return command ? 0 : row;
    case 'End':
      return command ? lastRow : row;
    default:
      return key === 'ArrowLeft' || key === 'ArrowRight' ? row : null;
  }
}

function columnAsked(key: string, column: number, shape: GridShape): number {
  if (key === 'ArrowLeft') return column - 1;
  if (key === 'ArrowRight') return column + 1;
  if (key === 'Home') return 0;
  if (key === 'End') return shape.columns - 1;
  return column;
}

/**
 * Where a navigation key moves the focus from a cell, or null when the key is not one the grid takes
 * (letters, Tab, an arrow with a modifier, which the browser keeps). Arrows stop at the edges rather
 * than wrap; Home and End go to the row's first and last cell, with Ctrl (⌘ on a Mac) to the first
 * cell of the first row and the last cell of the last row.
 */
export function cellAfterKey(key: GridKey, from: GridCell, shape: GridShape): GridMove | null {
  if (shape.rows < 1 || shape.columns < 1 || key.altKey || key.shiftKey) return null;
  const command = Boolean(key.ctrlKey || key.metaKey);
  if (command && key.key !== 'Home' && key.key !== 'End') return null;
  const row = rowAsked(key.key, command, from.row, shape);
  if (row === null) return null;
  const lastRow = shape.rows - 1;
  return {
    to: {
      row: clamp(row, 0, lastRow),
      column: clamp(columnAsked(key.key, from.column, shape), 0, shape.columns - 1),
    },
    pastLastRow: row > lastRow,
  };
}

/** A cell kept inside the grid when rows or columns go away (a narrower filter, a hidden column). */
export function clampCell(cell: GridCell, rows: number, columns: number): GridCell {
  return {
    row: clamp(cell.row, 0, Math.max(rows - 1, 0)),
    column: clamp(cell.column, 0, Math.max(columns - 1, 0)),
  };
}

/**
 * How far to scroll so that a span [start, end) shows whole in the view [start, end), or 0 when it
 * does: the least movement, towards whichever edge it crosses; a span larger than the view shows its
 * start. (The view excludes what the sticky header and columns cover.)
 */
export function scrollDelta(
  span: { start: number; end: number },
  view: { start: number; end: number },
): number {
  if (span.start < view.start) return span.start - view.start;
  if (span.end > view.end) return Math.min(span.end - view.end, span.start - view.start);
  return 0;
}

/**
 * aria-rowcount of a list that renders only some of its rows: the header plus every matching record
 * when the count is exact or every page is loaded, and -1 ("unknown", WAI-ARIA 1.2) when neither.
 */
export function ariaRowCount(loaded: number, hasMore: boolean, count?: { count: number; accuracy: string }) {
  if (!hasMore) return loaded + 1;
  if (count?.accuracy === 'exact') return Math.max(count.count, loaded) + 1;
  return -1;
}
