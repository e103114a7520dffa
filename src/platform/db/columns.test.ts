import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentColumns } from './columns.ts';
import type { Tx } from './transaction.ts';

interface DealChange {
  name?: string | undefined;
  closeDate?: string | null | undefined;
  ownerId?: string | null | undefined;
}

describe('presentColumns', () => {
  it('copies the present fields under their column names, writes null, leaves undefined out', () => {
    const change: DealChange = { name: 'Acme', closeDate: null, ownerId: undefined };
    const set = presentColumns('deals', change, {
      name: 'name',
      closeDate: 'close_date',
      ownerId: 'owner_id',
    });
    expect(set).toStrictEqual({ name: 'Acme', close_date: null });
    expect('owner_id' in set).toBe(false);
  });

  it('ignores fields the mapping does not name, and maps nothing from an empty change', () => {
    const change = { name: 'Acme', stageId: 's1' };
    expect(presentColumns('deals', change, { name: 'name' })).toStrictEqual({ name: 'Acme' });
    expect(
      presentColumns('deals', {} as DealChange, { name: 'name', closeDate: 'close_date' }),
    ).toStrictEqual({});
  });

  it('keeps falsy values that are not undefined (false, 0, empty string)', () => {
    const change = { shared: false, position: 0, name: '' };
    expect(presentColumns('saved_views', change, { shared: 'shared', name: 'name' })).toStrictEqual({
      shared: false,
      name: '',
    });
    expect(presentColumns('custom_fields', change, { position: 'position' })).toStrictEqual({ position: 0 });
  });

  it('holds for any record: exactly the keys whose value is not undefined, mapped, with the same values', () => {
    const field = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,10}$/);
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.date(),
    );
    fc.assert(
      fc.property(fc.dictionary(field, value), fc.uniqueArray(field, { maxLength: 12 }), (input, extra) => {
        // Every field of the input plus some it lacks; each under a distinct column name.
        const fields = [...new Set([...Object.keys(input), ...extra])];
        const mapping = Object.fromEntries(fields.map((f, i) => [f, `col_${i}`]));
        // Made-up columns: the table is there for the types only, so the names are cast past it.
        const result = presentColumns('deals', input, mapping as never) as Record<string, unknown>;
        const expected = Object.fromEntries(
          fields.filter((f) => input[f] !== undefined).map((f) => [mapping[f], input[f]]),
        );
        expect(result).toStrictEqual(expected);
        expect(Object.keys(result).sort()).toEqual(
          fields
            .filter((f) => input[f] !== undefined)
            .map((f) => mapping[f])
            .sort(),
        );
      }),
    );
  });

  it('checks the names at compile time, not only the values (tsc runs over this file)', () => {
    const checks = (tx: Tx, change: DealChange) => {
      const set: { name?: string; close_date?: string | null } = presentColumns('deals', change, {
        name: 'name',
        closeDate: 'close_date',
      });
      tx.updateTable('deals').set({ ...presentColumns('deals', change, { ownerId: 'owner_id' }) });
      // @ts-expect-error a column deals does not have
      presentColumns('deals', change, { name: 'nmae' });
      // @ts-expect-error a field the change does not have
      presentColumns('deals', change, { name: 'name', nmae: 'name' });
      // @ts-expect-error a column an update may not set
      presentColumns('deals', change, { name: 'created_at' });
      // @ts-expect-error a value the column does not take (a name is not nullable)
      tx.updateTable('deals').set({ ...presentColumns('deals', change, { closeDate: 'name' }) });
      return set;
    };
    expect(checks).toBeTypeOf('function');
  });
});
