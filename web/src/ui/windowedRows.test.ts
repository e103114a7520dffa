import type { VirtualItem } from '@tanstack/react-virtual';
import fc from 'fast-check';
import { createElement, isValidElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { windowedRows } from './windowedRows';

/** Rows of the given heights, those at `rendered` indexes as a virtualiser hands them out, from `offset`. */
function itemsOf(heights: number[], rendered: number[], offset: number): VirtualItem[] {
  const starts = heights.map((_, i) => offset + heights.slice(0, i).reduce((a, b) => a + b, 0));
  return rendered.map((index) => ({
    key: index,
    index,
    start: starts[index] as number,
    end: (starts[index] as number) + (heights[index] as number),
    size: heights[index] as number,
    lane: 0,
  }));
}

const spacerHeight = (node: unknown) => {
  const element = node as ReactElement<{ height?: number; 'data-row'?: number }>;
  return element.props.height;
};

describe('windowedRows', () => {
  it('makes the table as tall as all its rows: spacers fill every gap, above, between and below', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (heights, offset, picks) => {
          const rendered = [...new Set(picks.map((p) => p % heights.length))].sort((a, b) => a - b);
          const items = itemsOf(heights, rendered, offset);
          const total = heights.reduce((a, b) => a + b, 0);
          const body = windowedRows({
            items,
            totalSize: total,
            columns: 3,
            offset,
            render: (item) => createElement('tr', { key: item.key, 'data-row': item.index }),
          });
          let height = 0;
          const rows: number[] = [];
          for (const node of body) {
            expect(isValidElement(node)).toBe(true);
            const row = (node as ReactElement<{ 'data-row'?: number }>).props['data-row'];
            if (row === undefined) {
              const gap = spacerHeight(node) ?? 0;
              expect(gap).toBeGreaterThan(0);
              height += gap;
            } else {
              rows.push(row);
              height += heights[row] as number;
            }
          }
          expect(rows).toEqual(rendered);
          expect(height).toBe(total);
          // Each key once: React keeps rows and spacers apart as the window moves.
          const keys = body.map((node) => (node as ReactElement).key);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
    );
  });

  it('leaves out an item rendered as null, its room kept by the spacer', () => {
    const items = itemsOf([10, 20, 30], [0, 1, 2], 0);
    const body = windowedRows({
      items,
      totalSize: 60,
      columns: 2,
      render: (item) =>
        item.index === 1 ? null : createElement('tr', { key: item.key, 'data-row': item.index }),
    });
    expect(body.map((node) => spacerHeight(node) ?? 'row')).toEqual(['row', 20, 'row']);
  });
});
