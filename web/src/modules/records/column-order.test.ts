import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveColumn } from './column-order';

describe('moving a column among those shown', () => {
  it('swaps it with its neighbour, and stays put at either end', () => {
    expect(moveColumn(['email', 'company', 'stage'], 'company', -1)).toEqual(['company', 'email', 'stage']);
    expect(moveColumn(['email', 'company', 'stage'], 'company', 1)).toEqual(['email', 'stage', 'company']);
    expect(moveColumn(['email', 'company'], 'email', -1)).toEqual(['email', 'company']);
    expect(moveColumn(['email', 'company'], 'company', 1)).toEqual(['email', 'company']);
    expect(moveColumn(['email'], 'tier', 1)).toEqual(['email']);
  });

  it('steps over columns not shown, which keep their places among the others', () => {
    const shown = (key: string) => key !== 'name';
    expect(moveColumn(['email', 'name', 'stage'], 'email', 1, shown)).toEqual(['name', 'stage', 'email']);
    expect(moveColumn(['email', 'name', 'stage'], 'stage', -1, shown)).toEqual(['stage', 'email', 'name']);
    expect(moveColumn(['name', 'email'], 'email', -1, shown)).toEqual(['name', 'email']);
  });

  it('moves one shown column past exactly one other, and changes nothing else', () => {
    const keys = fc.uniqueArray(fc.constantFrom(...'abcdefgh'), { minLength: 1 });
    fc.assert(
      fc.property(keys, fc.nat(), fc.boolean(), fc.func(fc.boolean()), (columns, pick, right, hide) => {
        const key = columns[pick % columns.length] as string;
        const isShown = (k: string) => k === key || hide(k);
        const moved = moveColumn(columns, key, right ? 1 : -1, isShown);
        expect([...moved].sort()).toEqual([...columns].sort());
        const others = (list: string[]) => list.filter((k) => k !== key);
        expect(others(moved)).toEqual(others(columns));
        const visible = (list: string[]) => list.filter(isShown);
        const before = visible(columns);
        const from = before.indexOf(key);
        const to = Math.min(Math.max(from + (right ? 1 : -1), 0), before.length - 1);
        const expected = others(before);
        expected.splice(to, 0, key);
        expect(visible(moved)).toEqual(expected);
      }),
    );
  });
});
