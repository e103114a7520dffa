import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ariaRowCount, cellAfterKey, clampCell, type GridShape, scrollDelta } from './grid-navigation';

const shape: GridShape = { rows: 101, columns: 8, pageRows: 10 };
const to = (key: string, row: number, column: number, extra: object = {}) =>
  cellAfterKey({ key, ...extra }, { row, column }, shape)?.to;

describe('moving through the grid by keyboard', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(to('ArrowDown', 3, 2)).toEqual({ row: 4, column: 2 });
    expect(to('ArrowUp', 3, 2)).toEqual({ row: 2, column: 2 });
    expect(to('ArrowRight', 3, 2)).toEqual({ row: 3, column: 3 });
    expect(to('ArrowLeft', 3, 2)).toEqual({ row: 3, column: 1 });
    expect(to('ArrowUp', 0, 2)).toEqual({ row: 0, column: 2 });
    expect(to('ArrowLeft', 3, 0)).toEqual({ row: 3, column: 0 });
    expect(to('ArrowRight', 3, 7)).toEqual({ row: 3, column: 7 });
    expect(to('ArrowDown', 100, 2)).toEqual({ row: 100, column: 2 });
  });

  it('goes to the row’s ends with Home and End, to the grid’s with Ctrl or ⌘', () => {
    expect(to('Home', 5, 4)).toEqual({ row: 5, column: 0 });
    expect(to('End', 5, 4)).toEqual({ row: 5, column: 7 });
    expect(to('Home', 5, 4, { ctrlKey: true })).toEqual({ row: 0, column: 0 });
    expect(to('End', 5, 4, { ctrlKey: true })).toEqual({ row: 100, column: 7 });
    expect(to('End', 5, 4, { metaKey: true })).toEqual({ row: 100, column: 7 });
  });

  it('pages by a viewport, among the records', () => {
    expect(to('PageDown', 5, 1)).toEqual({ row: 15, column: 1 });
    expect(to('PageDown', 95, 1)).toEqual({ row: 100, column: 1 });
    expect(to('PageUp', 15, 1)).toEqual({ row: 5, column: 1 });
    expect(to('PageUp', 5, 1)).toEqual({ row: 1, column: 1 });
    expect(to('PageUp', 0, 1)).toEqual({ row: 0, column: 1 });
    expect(to('PageDown', 0, 1)).toEqual({ row: 10, column: 1 });
  });

  it('says when a key asked for rows past the last loaded one', () => {
    expect(cellAfterKey({ key: 'ArrowDown' }, { row: 100, column: 1 }, shape)?.pastLastRow).toBe(true);
    expect(cellAfterKey({ key: 'PageDown' }, { row: 95, column: 1 }, shape)?.pastLastRow).toBe(true);
    expect(cellAfterKey({ key: 'ArrowDown' }, { row: 99, column: 1 }, shape)?.pastLastRow).toBe(false);
    expect(cellAfterKey({ key: 'End', ctrlKey: true }, { row: 3, column: 1 }, shape)?.pastLastRow).toBe(
      false,
    );
  });

  it('leaves other keys, and arrows with a modifier, to the browser', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape']) expect(to(key, 3, 2)).toBeUndefined();
    expect(to('ArrowDown', 3, 2, { ctrlKey: true })).toBeUndefined();
    expect(to('ArrowDown', 3, 2, { shiftKey: true })).toBeUndefined();
    expect(to('ArrowRight', 3, 2, { altKey: true })).toBeUndefined();
  });

  it('always lands inside the grid, and the arrows move by at most one cell', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'];
    fc.assert(
      fc.property(
        fc.record({ rows: fc.integer({ min: 1, max: 500 }), columns: fc.integer({ min: 1, max: 20 }) }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...keys),
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        ({ rows, columns }, pageRows, key, ctrlKey, row, column) => {
          const grid = { rows, columns, pageRows };
          const from = { row: row % rows, column: column % columns };
          const move = cellAfterKey({ key, ctrlKey }, from, grid);
          if (ctrlKey && key !== 'Home' && key !== 'End') return move === null;
          if (!move) return false;
          const { to } = move;
          const inside = to.row >= 0 && to.row < rows && to.column >= 0 && to.column < columns;
          const step = Math.abs(to.row - from.row) + Math.abs(to.column - from.column);
          return inside && (!key.startsWith('Arrow') || step <= 1);
        },
      ),
    );
  });

  it('keeps a cell inside a grid that shrank', () => {
    expect(clampCell({ row: 40, column: 9 }, 12, 5)).toEqual({ row: 11, column: 4 });
    expect(clampCell({ row: 3, column: 2 }, 12, 5)).toEqual({ row: 3, column: 2 });
  });
});

describe('scrolling a cell into view', () => {
  const view = { start: 40, end: 400 };
  it('moves the least that shows it whole, or not at all', () => {
    expect(scrollDelta({ start: 100, end: 146 }, view)).toBe(0);
    expect(scrollDelta({ start: 20, end: 66 }, view)).toBe(-20);
    expect(scrollDelta({ start: 380, end: 426 }, view)).toBe(26);
    expect(scrollDelta({ start: 0, end: 800 }, view)).toBe(-40);
    expect(scrollDelta({ start: 500, end: 1000 }, view)).toBe(460);
  });

  it('leaves any span that fits wholly inside the view afterwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 1, max: 360 }), (start, size) => {
        const delta = scrollDelta({ start, end: start + size }, view);
        return start - delta >= view.start && start + size - delta <= view.end;
      }),
    );
  });
});

describe('aria-rowcount of a virtualised list', () => {
  it('counts the header and every record when it can, and says -1 when it cannot', () => {
    expect(ariaRowCount(40, false)).toBe(41);
    expect(ariaRowCount(100, true, { count: 1234, accuracy: 'exact' })).toBe(1235);
    expect(ariaRowCount(100, true, { count: 10_000, accuracy: 'atLeast' })).toBe(-1);
    expect(ariaRowCount(100, true)).toBe(-1);
    expect(ariaRowCount(120, true, { count: 110, accuracy: 'exact' })).toBe(121);
  });
});
