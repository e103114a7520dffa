import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiFilter } from './filter-model';
import {
  addsNoCondition,
  decodeFilter,
  encodeFilter,
  isHistoryStep,
  type ListBase,
  type ListState,
  readListSearch,
  recordListUrl,
  resolveList,
  writeListSearch,
} from './list-url';

const key = fc.stringMatching(/^[A-Za-z][\w.]{0,20}$/);
const value = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 3 }),
);
const filter: fc.Arbitrary<ApiFilter> = fc.letrec<{ node: ApiFilter }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .record({ field: key, op: fc.constantFrom('eq', 'contains', 'in', 'between') })
      .chain((condition) =>
        fc
          .option(value, { nil: undefined })
          .map((v) => (v === undefined ? condition : { ...condition, value: v })),
      ),
    fc.record({ and: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ or: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;
const state: fc.Arbitrary<ListState> = fc.record({
  viewId: fc.option(fc.uuid()),
  filter: fc.option(filter),
  sort: fc.stringMatching(/^-?[A-Za-z][\w.]{0,20}$/),
  columns: fc.array(key, { maxLength: 6 }),
});
const base: fc.Arbitrary<ListBase> = state.map(({ viewId: _, ...rest }) => rest);

const DEFAULTS: ListBase = { filter: null, sort: '-updatedAt', columns: ['name', 'email'] };
const FRANCE: ApiFilter = { and: [{ field: 'country', op: 'eq', value: 'FR' }] };

describe('the list in the address', () => {
  it('reads back every state it writes, over any base, in any script', () => {
    fc.assert(
      fc.property(state, base, (list, over) => {
        const read = readListSearch(writeListSearch(list, over));
        expect(read.ok).toBe(true);
        if (read.ok) expect(resolveList(read.params, over)).toEqual(list);
      }),
    );
  });

  it('writes only what differs from the base: a saved view as saved is its id alone', () => {
    const view = { ...DEFAULTS, filter: FRANCE };
    expect(writeListSearch({ viewId: 'v1', ...view }, view)).toBe('?view=v1');
    expect(writeListSearch({ viewId: null, ...DEFAULTS }, DEFAULTS)).toBe('');
    expect(writeListSearch({ viewId: null, ...DEFAULTS, sort: 'lastName' }, DEFAULTS)).toBe('?sort=lastName');
    expect(writeListSearch({ viewId: null, ...DEFAULTS, columns: ['name', 'tags'] }, DEFAULTS)).toBe(
      '?columns=name,tags',
    );
    // The view's filter cleared: said so, not left out (which would mean the view's).
    expect(writeListSearch({ viewId: 'v1', ...view, filter: null }, view)).toBe('?view=v1&filter=');
  });

  it("keeps others' parameters and replaces its own", () => {
    const others = new URLSearchParams('?import=7&filter=old&sort=name');
    const search = writeListSearch({ viewId: null, ...DEFAULTS }, DEFAULTS, others);
    expect(search).toBe('?import=7');
    expect(readListSearch('?import=7&view=v1')).toEqual({ ok: true, params: { view: 'v1' } });
  });

  it('refuses a garbled address whole, and never throws on any', () => {
    for (const search of [
      '?filter=!!',
      '?filter=e30', // {}
      `?filter=${encodeFilter({ nonsense: true } as unknown as ApiFilter)}`,
      '?filter=bm90IGpzb24', // "not json"
      '?sort=updatedAt;drop',
      '?columns=name,,email',
      '?view=%3Cscript%3E',
    ])
      expect(readListSearch(search), search).toEqual({ ok: false });
    fc.assert(fc.property(fc.string(), (search) => void readListSearch(search)));
    fc.assert(fc.property(fc.base64String(), (text) => void decodeFilter(text.replace(/=/g, ''))));
  });

  it('refuses a filter nested deeper than can be meant', () => {
    let deep: ApiFilter = { field: 'x', op: 'isEmpty' };
    for (let i = 0; i < 40; i++) deep = { not: deep };
    expect(decodeFilter(encodeFilter(deep))).toBeUndefined();
  });

  it('builds a link to a filtered list as the list itself would write it', () => {
    const url = recordListUrl('people', { filter: { field: 'importNumber', op: 'eq', value: 7 } });
    expect(url).toMatch(/^\/people\?filter=[\w-]+$/);
    const read = readListSearch(url.slice('/people'.length));
    expect(read.ok && read.params.filter).toEqual({ and: [{ field: 'importNumber', op: 'eq', value: 7 }] });
    expect(recordListUrl('companies')).toBe('/companies');
    expect(recordListUrl('companies', { view: 'v1', sort: 'name' })).toBe('/companies?view=v1&sort=name');
  });

  it('makes a step in the history for a view, a sort or a filter applied, not for typing on', () => {
    const at = (filter: ApiFilter | null, more: Partial<ListState> = {}): ListState => ({
      viewId: null,
      ...DEFAULTS,
      filter,
      ...more,
    });
    const name = (value: unknown): ApiFilter => ({ and: [{ field: 'lastName', op: 'contains', value }] });
    expect(isHistoryStep(at(null), at(name('S')))).toBe(true);
    expect(isHistoryStep(at(name('S')), at(name('Smith')))).toBe(false);
    expect(isHistoryStep(at(name('Smith')), at(name('Smi')))).toBe(false);
    expect(isHistoryStep(at(name('Smith')), at(name('Jones')))).toBe(true);
    expect(isHistoryStep(at(name('S')), at(FRANCE))).toBe(true);
    expect(isHistoryStep(at(FRANCE), at({ and: [{ field: 'country', op: 'neq', value: 'FR' }] }))).toBe(true);
    expect(isHistoryStep(at(null), at(null, { sort: 'lastName' }))).toBe(true);
    expect(isHistoryStep(at(null), at(null, { viewId: 'v1' }))).toBe(true);
    expect(isHistoryStep(at(null), at(null, { columns: ['name'] }))).toBe(false);
  });

  it('tells a condition left out, which the list follows at once, from one added or typed on', () => {
    const tags: ApiFilter = { field: 'tags', op: 'hasAny', value: ['vip', 'eu'] };
    const country: ApiFilter = { field: 'country', op: 'eq', value: 'FR' };
    const both: ApiFilter = { and: [country, tags] };
    // A chip removed, Clear all, the rest regrouped or excluded: nothing new is asked.
    expect(addsNoCondition(both, { and: [country] })).toBe(true);
    expect(addsNoCondition(both, null)).toBe(true);
    expect(addsNoCondition(both, { or: [tags, country] })).toBe(true);
    expect(addsNoCondition(both, { not: { and: [country] } })).toBe(true);
    expect(addsNoCondition({ and: [country, { or: [tags, { not: country }] }] }, { and: [tags] })).toBe(true);
    // A condition added, another value (typing), another operator: something new is asked.
    expect(addsNoCondition({ and: [country] }, both)).toBe(false);
    expect(addsNoCondition(null, { and: [country] })).toBe(false);
    expect(addsNoCondition(both, { and: [country, { ...tags, value: ['vip'] }] })).toBe(false);
    expect(addsNoCondition(both, { and: [{ ...country, op: 'neq' }, tags] })).toBe(false);
    fc.assert(
      fc.property(filter, filter, (one, other) => {
        expect(addsNoCondition(one, one)).toBe(true);
        expect(addsNoCondition({ and: [one, other] }, one)).toBe(true);
        expect(addsNoCondition({ and: [one, other] }, { or: [{ not: other }, one] })).toBe(true);
        expect(addsNoCondition(one, null)).toBe(true);
        expect(addsNoCondition(null, one)).toBe(false);
      }),
    );
  });
});
