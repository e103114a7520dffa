import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateTimes } from '../../../tests/support/arbitraries.ts';
import { freshDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { compileFilter } from './compile.ts';
import { type FieldDef, fieldMap } from './fields.ts';
import { type Condition, OPS_BY_TYPE, positiveOf } from './filter.ts';
import { onTimeSortKey } from './time-sort-key.ts';

/**
 * Property: a filter on a nullable date-time written on its sort key (where a missing value is
 * -infinity) selects exactly what the plain column selects, whatever the rows hold and whatever
 * the filter asks. Both run on the database under test.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.drop());

const plain: FieldDef = { key: 'at', label: 'At', type: 'datetime', sql: sql.ref('t.at') };
const keyed: FieldDef = { ...plain, indexed: onTimeSortKey('t.at') };

const condition = fc.constantFrom(...OPS_BY_TYPE.datetime).chain((op) => {
  const { positive } = positiveOf(op);
  const value: fc.Arbitrary<unknown> =
    positive === 'isNotEmpty'
      ? fc.constant(undefined)
      : positive === 'between'
        ? fc.tuple(dateTimes, dateTimes)
        : dateTimes;
  return value.map((v): Condition => (v === undefined ? { field: 'at', op } : { field: 'at', op, value: v }));
});
// Rows often hold the very moments the filter names, so that bounds are met exactly.
const rows = fc.array(fc.oneof(fc.constant(null), dateTimes), { minLength: 1, maxLength: 12 });

describe('a date-time filtered on its sort key', () => {
  it('selects exactly what the column selects, a missing value included', async () => {
    await fc.assert(
      fc.asyncProperty(condition, rows, async (asked, held) => {
        const values = sql.join(held.map((at, i) => sql`(${i}, ${at}::timestamptz)`));
        const result = await sql<{ i: number; plain: boolean; keyed: boolean }>`
          SELECT i, coalesce(${compileFilter(asked, fieldMap([plain]))}, false) AS plain,
                 coalesce(${compileFilter(asked, fieldMap([keyed]))}, false) AS keyed
          FROM (VALUES ${values}) AS t(i, at) ORDER BY i`.execute(database.db.kysely);
        for (const row of result.rows)
          expect({ i: row.i, matched: row.keyed }).toEqual({ i: row.i, matched: row.plain });
      }),
      { numRuns: 300 },
    );
  });

  it('writes ranges on the key, and leaves the rest to the column', () => {
    const compiled = (asked: Condition) =>
      sql`SELECT ${compileFilter(asked, fieldMap([keyed]))}`.compile(database.db.kysely).sql;
    expect(compiled({ field: 'at', op: 'lt', value: '2026-01-01T00:00:00Z' })).toContain('-infinity');
    expect(compiled({ field: 'at', op: 'isEmpty' })).not.toContain('-infinity');
  });
});
