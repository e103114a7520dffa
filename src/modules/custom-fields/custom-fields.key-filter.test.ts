import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateTimes } from '../../../tests/support/arbitraries.ts';
import { freshDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { readMigrations } from '../../platform/db/migrate.ts';
import { compileFilter } from '../../platform/query/compile.ts';
import { fieldMap } from '../../platform/query/fields.ts';
import { type Condition, OPS_BY_TYPE, positiveOf } from '../../platform/query/filter.ts';
import { customFieldFilters } from './custom-fields.query.ts';
import { type CustomFieldDefinition, type CustomFieldType, filterTypeOf } from './custom-fields.rules.ts';
import { sortIndexName, sortStatisticsName } from './custom-fields.sort-index.ts';

/**
 * Property: a filter on an indexed custom field, written on the field's sort key, selects exactly what
 * the typed read of the jsonb selects, whatever the records hold (values of every kind, odd strings,
 * the extremes where a number's key clamps) and whatever the filter asks. Both run on the database
 * under test.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.drop());

const WORKSPACE = '00000000-0000-4000-8000-0000000000aa';
const IDS = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const NIL = '00000000-0000-0000-0000-000000000000';
const CHOICES = ['gold', 'silver', 'bronze'];

const numbers = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 1.5, 1e-300, -1e-300, 1e-301, 5e-324, 1e308, -1e308, 1.5e308, -1.7e308),
  fc.constantFrom(1e307, 9.99e307, 2e-300, 0.1, 0.30000000000000004, 123456789.12345678),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 5 }),
);
const dates = fc.oneof(
  fc.constantFrom('2024-01-01', '2024-02-29', '2025-12-31', '0001-01-01', '9999-12-31'),
  fc
    .date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('2999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** Filter values each kind accepts (checkValue's rules). */
const FILTER_VALUES: Partial<Record<CustomFieldType, fc.Arbitrary<unknown>>> = {
  select: fc.constantFrom(...CHOICES),
  relation: fc.constantFrom(...IDS, NIL),
  boolean: fc.boolean(),
  number: numbers,
  date: dates,
  dateTime: dateTimes,
};

/** What a record may hold under the field's key: anything, since values may predate a rule. */
const stored = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  numbers,
  dates,
  dateTimes,
  fc.constantFrom(...CHOICES, ...IDS, NIL, '', 'lots', '2023-02-30', '2024-13-01', 'true', '1e5', ' 1'),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.constant([1, 2]),
  fc.constant({ a: 1 }),
);

function definition(type: CustomFieldType, sortIndexed: boolean): CustomFieldDefinition {
  return {
    id: '00000000-0000-4000-8000-0000000000f1',
    key: 'f',
    label: 'F',
    type,
    required: false,
    unique: false,
    archived: false,
    choices: type === 'select' ? CHOICES.map((value) => ({ value, label: value })) : [],
    currency: null,
    target: type === 'relation' ? 'people' : null,
    sortIndexed,
  };
}

const probe = fc.constantFrom(...(Object.keys(FILTER_VALUES) as CustomFieldType[])).chain((type) => {
  const scalar = FILTER_VALUES[type] as fc.Arbitrary<unknown>;
  const condition = fc.constantFrom(...OPS_BY_TYPE[filterTypeOf(type)]).chain((op) => {
    const { positive } = positiveOf(op);
    const value: fc.Arbitrary<unknown> =
      positive === 'isNotEmpty'
        ? fc.constant(undefined)
        : positive === 'in'
          ? fc.uniqueArray(scalar, { minLength: 1, maxLength: 3 })
          : positive === 'between'
            ? fc.tuple(scalar, scalar)
            : scalar;
    return value.map(
      (v): Condition =>
        v === undefined ? { field: 'customFields.f', op } : { field: 'customFields.f', op, value: v },
    );
  });
  // Records often hold the very values the filter names, so that equality and bounds are met.
  const rows = fc.array(fc.oneof(stored, scalar), { minLength: 1, maxLength: 12 });
  return fc.record({ type: fc.constant(type), condition, rows });
});

describe('filters on a custom field’s sort key', () => {
  it('select exactly what the typed read selects', async () => {
    await fc.assert(
      fc.asyncProperty(probe, async ({ type, condition, rows }) => {
        const filterOf = (indexed: boolean) => {
          const fields = fieldMap(customFieldFilters([definition(type, indexed)], 't', WORKSPACE));
          return compileFilter(condition, fields);
        };
        const records = sql.join(
          rows.map(
            (value, i) =>
              sql`(${i}, ${WORKSPACE}::uuid, ${JSON.stringify(value === undefined ? {} : { f: value })}::jsonb)`,
          ),
        );
        const result = await sql<{ i: number; typed: boolean; keyed: boolean }>`
          SELECT i, coalesce(${filterOf(false)}, false) AS typed, coalesce(${filterOf(true)}, false) AS keyed
          FROM (VALUES ${records}) AS t(i, workspace_id, custom_fields) ORDER BY i`.execute(
          database.db.kysely,
        );
        for (const row of result.rows)
          expect({ i: row.i, matched: row.keyed }).toEqual({ i: row.i, matched: row.typed });
      }),
      { numRuns: 400 },
    );
  });

  it('read the sort key only where it says the same, and the jsonb elsewhere', () => {
    const fields = fieldMap(customFieldFilters([definition('number', true)], 't', WORKSPACE));
    const compiled = (condition: Condition) =>
      sql`SELECT ${compileFilter(condition, fields)}`.compile(database.db.kysely).sql;
    expect(compiled({ field: 'customFields.f', op: 'gt', value: 5 })).toContain('rapport_cf_sort_number');
    expect(compiled({ field: 'customFields.f', op: 'gt', value: 0 })).not.toContain('rapport_cf_sort_number');
    expect(compiled({ field: 'customFields.f', op: 'eq', value: 1.5e308 })).not.toContain(
      'rapport_cf_sort_number',
    );
    const plain = fieldMap(customFieldFilters([definition('number', false)], 't', WORKSPACE));
    expect(
      sql`SELECT ${compileFilter({ field: 'customFields.f', op: 'gt', value: 5 }, plain)}`.compile(
        database.db.kysely,
      ).sql,
    ).not.toContain('rapport_cf_sort_number');
  });
});

describe('migration 0031', () => {
  it('gives a sort index built before it the statistics a filter is estimated with', async () => {
    const fieldId = '00000000-0000-4000-8000-0000000000f2';
    const index = sortIndexName(fieldId);
    await sql`CREATE INDEX ${sql.id(index)} ON people ((rapport_cf_sort_text(custom_fields, 'tier')), id)
              WHERE workspace_id = ${sql.lit(WORKSPACE)} AND deleted_at IS NULL`.execute(database.db.kysely);
    const migration = readMigrations().find((m) => m.version === '0031');
    await sql.raw(migration?.sql ?? 'missing').execute(database.db.kysely);
    const built = await sql<{ expression: string; kinds: string }>`
      SELECT pg_get_statisticsobjdef_expressions(oid)::text AS expression, stxkind::text AS kinds
      FROM pg_statistic_ext WHERE stxname = ${sortStatisticsName(fieldId)}`.execute(database.db.kysely);
    expect(built.rows).toEqual([
      { expression: `{"rapport_cf_sort_text(custom_fields, 'tier'::text)"}`, kinds: '{m,e}' },
    ]);
  });
});
