import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { AppError } from '../errors.ts';
import { compileFilter } from './compile.ts';
import { evaluate } from './evaluate.ts';
import { type FieldDef, fieldMap } from './fields.ts';
import {
  type Condition,
  type FieldType,
  type Filter,
  FilterSchema,
  OPS_BY_TYPE,
  positiveOf,
  splitRequiredTags,
} from './filter.ts';

/**
 * Property: for random records and random filters, the SQL the compiler produces selects exactly the
 * records the reference evaluator accepts — on the database under test.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.drop());

const IDS = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const ENUM = ['lead', 'customer', 'churned'] as const;
const TAGS = ['vip', 'new', 'eu'] as const;

const COLUMNS: Record<string, { type: FieldType; column: string }> = {
  name: { type: 'text', column: 'name' },
  score: { type: 'number', column: 'score' },
  born: { type: 'date', column: 'born' },
  seen: { type: 'datetime', column: 'seen' },
  active: { type: 'boolean', column: 'active' },
  stage: { type: 'enum', column: 'stage' },
  tags: { type: 'array', column: 'tags' },
  owner: { type: 'id', column: 'owner' },
  code: { type: 'text', column: 'code' },
  labels: { type: 'array', column: 'labels' },
};
// Fields that put typed values in stored form (as e-mails and domains do), so both sides must too:
// here "b" is stored as "a", and a fragment's "a" may have been typed as "b".
const FORMS: Record<string, Pick<FieldDef, 'normalise' | 'fragments'>> = {
  code: { normalise: (v) => v.replace(/b/gi, 'a'), fragments: (f) => [f.replace(/a/gi, 'b'), f.trim()] },
  labels: { normalise: (v) => (v === 'new' ? 'vip' : v) },
};
const fields = fieldMap(
  Object.entries(COLUMNS).map(
    ([key, { type, column }]): FieldDef => ({
      key,
      label: key,
      type,
      sql: sql.ref(`probe.${column}`),
      ...(type === 'enum' ? { values: ENUM } : {}),
      ...FORMS[key],
    }),
  ),
);

const text = fc.stringMatching(/^[aAbB%_ ]{0,4}$/);
const values: Record<FieldType, fc.Arbitrary<unknown>> = {
  text,
  number: fc.constantFrom(-1, 0, 1.5, 2, 10),
  date: fc.constantFrom('2024-01-01', '2024-06-30', '2025-02-28'),
  datetime: fc.constantFrom(
    '2024-01-01T00:00:00.000Z',
    '2024-01-01T12:30:00.000Z',
    '2025-01-01T00:00:00.000Z',
  ),
  boolean: fc.boolean(),
  enum: fc.constantFrom(...ENUM),
  array: fc.constantFrom(...TAGS),
  id: fc.constantFrom(...IDS),
};

const record = fc.record({
  name: fc.option(text, { nil: null }),
  score: fc.option(values.number, { nil: null }),
  born: fc.option(values.date, { nil: null }),
  seen: fc.option(values.datetime, { nil: null }),
  active: fc.option(fc.boolean(), { nil: null }),
  stage: fc.option(values.enum, { nil: null }),
  tags: fc.subarray([...TAGS]),
  owner: fc.option(values.id, { nil: null }),
  code: fc.option(text, { nil: null }),
  labels: fc.subarray([...TAGS]),
});

const condition: fc.Arbitrary<Condition> = fc.constantFrom(...Object.keys(COLUMNS)).chain((field) => {
  const type = COLUMNS[field]?.type ?? 'text';
  return fc.constantFrom(...OPS_BY_TYPE[type]).chain((op) => {
    const scalar = values[type];
    const { positive } = positiveOf(op);
    const value: fc.Arbitrary<unknown> =
      positive === 'isNotEmpty'
        ? fc.constant(undefined)
        : positive === 'in' || positive === 'hasAny' || positive === 'hasAll'
          ? fc.uniqueArray(scalar, { minLength: 1, maxLength: 3 })
          : positive === 'between'
            ? fc.tuple(scalar, scalar)
            : positive === 'contains' || positive === 'startsWith'
              ? text.filter((t) => t.length > 0)
              : scalar;
    return value.map((v) => (v === undefined ? { field, op } : { field, op, value: v }));
  });
});

const filter: fc.Arbitrary<Filter> = fc.letrec<{ node: Filter }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'filter', withCrossShrink: true },
    condition,
    fc.record({ and: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ or: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

describe('the filter compiler', () => {
  it('selects exactly what the reference evaluator accepts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 12 }), filter, async (rows, f) => {
        expect(FilterSchema.safeParse(f).success).toBe(true);
        const expected = rows
          .map((row, i) => ({ row, i }))
          .filter(({ row }) =>
            evaluate(
              f,
              (key) => row[key as keyof typeof row],
              (key) => COLUMNS[key]?.type ?? 'text',
              (key) => FORMS[key],
            ),
          )
          .map(({ i }) => i);
        const actual = await database.db.kysely.connection().execute(async (conn) => {
          await sql`BEGIN`.execute(conn);
          try {
            await sql`CREATE TEMP TABLE probe (i int, name text, score numeric, born date, seen timestamptz,
                      active boolean, stage text, tags text[], owner uuid, code text, labels text[])
                      ON COMMIT DROP`.execute(conn);
            for (const [i, r] of rows.entries()) {
              await sql`INSERT INTO probe VALUES (${i}, ${r.name}, ${r.score}, ${r.born}, ${r.seen}, ${r.active},
                        ${r.stage}, ${r.tags}::text[], ${r.owner}, ${r.code}, ${r.labels}::text[])`.execute(
                conn,
              );
            }
            const result = await sql<{
              i: number;
            }>`SELECT i FROM probe WHERE ${compileFilter(f, fields)} ORDER BY i`.execute(conn);
            return result.rows.map((r) => r.i);
          } finally {
            await sql`ROLLBACK`.execute(conn);
          }
        });
        expect(actual).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('names every bad part of a filter by its JSON pointer', () => {
    const bad: Filter = {
      and: [
        { field: 'nope', op: 'eq', value: 1 },
        {
          or: [
            { field: 'score', op: 'contains', value: 'x' },
            { field: 'stage', op: 'eq', value: 'martian' },
          ],
        },
        { field: 'born', op: 'between', value: ['2024-01-01'] },
      ],
    };
    try {
      compileFilter(bad, fields);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).errors?.map((e) => e.path)).toEqual([
        '/filter/and/0/field',
        '/filter/and/1/or/0/op',
        '/filter/and/1/or/1/value',
        '/filter/and/2/value',
      ]);
    }
  });

  it('accepts only days and times the database reads, and names the value it refuses', async () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const day = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), two(13), two(32))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${m}-${d}`);
    const time = fc
      .tuple(two(25), two(60), fc.option(two(60)), fc.constantFrom('', 'Z', '+01:00', '-05:30', '+24:00'))
      .map(([h, m, s, zone]) => `T${h}:${m}${s === null ? '' : `:${s}`}${zone}`);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), day, time, async (withTime, d, t) => {
        const [field, value] = withTime ? ['seen', `${d}${t}`] : ['born', d];
        let compiled: ReturnType<typeof compileFilter>;
        try {
          compiled = compileFilter({ field, op: 'gt', value }, fields);
        } catch (error) {
          expect((error as AppError).errors?.map((e) => e.path)).toEqual(['/filter/value']);
          return;
        }
        await sql`SELECT ${compiled} FROM (SELECT NULL::date AS born, NULL::timestamptz AS seen) AS probe`.execute(
          database.db.kysely,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('refuses filters beyond the size limits', () => {
    const wide: Filter = {
      or: Array.from({ length: 51 }, () => ({ field: 'name', op: 'isEmpty' as const })),
    };
    expect(() => compileFilter(wide, fields)).toThrow('too large');
    let deep: Filter = { field: 'name', op: 'isEmpty' };
    for (let i = 0; i < 7; i++) deep = { not: deep };
    expect(() => compileFilter(deep, fields)).toThrow('too large');
  });
});

describe('the required tags of a filter', () => {
  const holds = (f: Filter, row: Record<string, unknown>) =>
    evaluate(
      f,
      (key) => row[key],
      (key) => COLUMNS[key]?.type ?? 'text',
    );
  const tagCondition: fc.Arbitrary<Condition> = fc.oneof(
    fc.uniqueArray(values.array, { minLength: 1, maxLength: 3 }).map((value) => ({
      field: 'tags',
      op: 'hasAll' as const,
      value,
    })),
    values.array.map((tag) => ({ field: 'tags', op: 'hasAny' as const, value: [tag] })),
  );
  // Random filters seldom put a tag condition under a top-level `and`: these do, beside anything.
  const withTags: fc.Arbitrary<Filter> = fc.oneof(
    filter,
    tagCondition,
    fc.record({ and: fc.array(fc.oneof(tagCondition, filter), { minLength: 1, maxLength: 4 }) }),
    fc.record({
      and: fc.array(fc.oneof(tagCondition, fc.record({ and: fc.array(fc.oneof(tagCondition, filter)) })), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
  );

  it('split off, leave a filter that with them accepts exactly what the whole did', () => {
    let split = 0;
    fc.assert(
      fc.property(withTags, record, (f, row) => {
        const { tags, rest } = splitRequiredTags(f, 'tags');
        if (tags.length > 0) split++;
        const carried = tags.every((tag) => row.tags.includes(tag as (typeof TAGS)[number]));
        expect(carried && (rest === undefined || holds(rest, row))).toBe(holds(f, row));
        if (rest) expect(FilterSchema.safeParse(rest).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(split).toBeGreaterThan(500);
  });

  it('keep a tag under or, not, hasAny of several values, and another field', () => {
    const kept: Filter[] = [
      {
        or: [
          { field: 'tags', op: 'hasAll', value: ['vip'] },
          { field: 'name', op: 'isEmpty' },
        ],
      },
      { not: { field: 'tags', op: 'hasAll', value: ['vip'] } },
      { field: 'tags', op: 'hasAny', value: ['vip', 'eu'] },
      { field: 'tags', op: 'hasNone', value: ['vip'] },
      { field: 'company.tags', op: 'hasAll', value: ['vip'] },
    ];
    for (const f of kept)
      expect(splitRequiredTags({ and: [f] }, 'tags')).toEqual({ tags: [], rest: { and: [f] } });
    expect(
      splitRequiredTags(
        {
          and: [
            { field: 'tags', op: 'hasAll', value: ['vip', 'eu'] },
            {
              and: [
                { field: 'tags', op: 'hasAny', value: ['vip'] },
                { field: 'name', op: 'isEmpty' },
              ],
            },
          ],
        },
        'tags',
      ),
    ).toEqual({ tags: ['vip', 'eu'], rest: { and: [{ and: [{ field: 'name', op: 'isEmpty' }] }] } });
  });
});
