import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rounds, sameJson } from './imports.batch.ts';

// sameJson once wrote both sides out as JSON with sorted keys and compared the text. It now compares
// in place; it must still answer exactly as that did, for anything a record's column may hold.
function reference(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object' && !(value instanceof Date))
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .sort(([x], [y]) => (x < y ? -1 : 1))
          .map(([k, v]) => [k, canonical(v)]),
      );
    return value;
  };
  return JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null));
}

const leaf = fc.oneof(
  fc.constantFrom(null, undefined, 0, -0, 1, Number.NaN, Number.POSITIVE_INFINITY, '', 'a', true, false),
  fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }),
  fc.constant(new Date('2026-12-01T00:00:00.000Z').toJSON()),
  fc.integer(),
  fc.string({ maxLength: 3 }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'type', 'address'), tie('node'), { maxKeys: 4 }),
})).node;

/** The same value with every object's keys in another order. */
function reordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reordered);
  if (v && typeof v === 'object' && !(v instanceof Date))
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reordered(x)]),
    );
  return v;
}

describe('sameJson', () => {
  it('answers as comparing sorted JSON text does, for any two values', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a value equal to itself with its keys in another order, and to its JSON read back', () => {
    fc.assert(
      fc.property(value, (a) => {
        expect(sameJson(a, reordered(a))).toBe(true);
        expect(sameJson(JSON.parse(JSON.stringify(a ?? null)), a)).toBe(true);
        expect(reference(a, reordered(a))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('tells apart what jsonb would store differently', () => {
    expect(sameJson([{ address: 'a@x.test', type: 'work' }], [{ type: 'work', address: 'a@x.test' }])).toBe(
      true,
    );
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson(new Date('2026-01-01T00:00:00Z'), '2026-01-01T00:00:00.000Z')).toBe(true);
    expect(sameJson(undefined, null)).toBe(true);
  });
});

describe('rounds', () => {
  it('puts a row after every earlier row it shares a key with, and no later than it must', () => {
    const row = fc
      .array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 })
      .map((keys) => ({ key: keys[0], ...(keys.length > 1 ? { keys } : {}) }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (given) => {
        const rows = given.map((r, id) => ({ ...r, id }));
        const roundOf = new Map<number, number>();
        rounds(rows).forEach((round, n) => {
          for (const r of round) roundOf.set(r.id, n);
        });
        const keysOf = (r: (typeof rows)[number]) => r.keys ?? (r.key === undefined ? [] : [r.key]);
        for (const r of rows) {
          const before = rows.filter((o) => o.id < r.id && keysOf(o).some((k) => keysOf(r).includes(k)));
          const earliest = Math.max(-1, ...before.map((o) => roundOf.get(o.id) ?? 0)) + 1;
          expect(roundOf.get(r.id)).toBe(earliest);
        }
      }),
    );
  });
});
