import { type RawBuilder, sql } from 'kysely';
import { NIL_ID } from '../../platform/db/in-list.ts';
import type { FieldType, PositiveOp } from '../../platform/query/filter.ts';

type Bool = RawBuilder<boolean>;

/**
 * A filter on a custom field, written on the field's sort key (migration 0028) so that the field's
 * sort index (custom-fields.sort-index.ts) serves it: "Tier is Platinum" then reads the few
 * platinum records from the index instead of every record's jsonb. Since PostgreSQL estimates the
 * key's conditions from the index's own statistics, it still walks the list's sort order when the
 * value is common.
 *
 * Only rewrites that say exactly what the typed read says are made; anything else returns undefined
 * and the filter reads the jsonb (a property test compares the two over arbitrary stored values).
 * The key is never NULL: a missing or odd value is the key's floor ('' for text, the nil id,
 * -infinity, false), so a test must never match the floor:
 * - a select or relation value is never '' or the nil id, and `true` is the only boolean tested;
 * - dates and date-times below a bound also check that the key is above the floor, which no real
 *   date reaches;
 * - a number's key is its double, which is the number itself for every value the API stores (JSON
 *   numbers from JavaScript) while its magnitude is between 1e-300 and 1e308; outside, the key
 *   clamps (0 or ±infinity), so those filter values read the jsonb, and a number under a bound whose
 *   key is -infinity (a missing value, or one at -1e308 or below) is checked on the typed read.
 *
 * `scope` names the index's workspace as a literal: the index is partial to it.
 */
export function keyTest(input: {
  type: FieldType;
  key: RawBuilder<unknown>;
  typed: RawBuilder<unknown>;
  scope: Bool;
  op: PositiveOp;
  value: unknown;
}): Bool | undefined {
  const { type, key, op, value } = input;
  const cast = CASTS[type];
  if (!cast) return undefined;
  const values = op === 'in' || op === 'between' ? (value as unknown[]) : [value];
  if (!values.every((v) => exact(type, v))) return undefined;
  const v = (x: unknown) => sql`${x}${sql.raw(cast)}`;
  const ordered = type === 'number' || type === 'date' || type === 'datetime';
  let test: Bool | undefined;
  switch (op) {
    case 'eq':
      test = sql<boolean>`${key} = ${v(value)}`;
      break;
    case 'in':
      test = sql<boolean>`${key} = ANY(${value}${sql.raw(`${cast}[]`)})`;
      break;
    case 'gt':
      test = ordered ? sql<boolean>`${key} > ${v(value)}` : undefined;
      break;
    case 'gte':
      test = ordered ? sql<boolean>`${key} >= ${v(value)}` : undefined;
      break;
    case 'lt':
    case 'lte': {
      const below = op === 'lt' ? sql`<` : sql`<=`;
      const floor = sql.raw(`'-infinity'${cast}`);
      const aboveFloor =
        type === 'number'
          ? sql`(${key} > ${floor} OR ${input.typed} ${below} ${v(value)})`
          : sql`${key} > ${floor}`;
      test = ordered ? sql<boolean>`${key} ${below} ${v(value)} AND ${aboveFloor}` : undefined;
      break;
    }
    case 'between': {
      const [low, high] = value as [unknown, unknown];
      test = ordered ? sql<boolean>`${key} BETWEEN ${v(low)} AND ${v(high)}` : undefined;
      break;
    }
    default:
      test = undefined;
  }
  return test && sql<boolean>`(${input.scope} AND ${test})`;
}

const CASTS: Partial<Record<FieldType, string>> = {
  enum: '::text',
  id: '::uuid',
  boolean: '::boolean',
  number: '::float8',
  date: '::date',
  datetime: '::timestamptz',
};

/** Whether a filter value's test on the key is the same as on the typed value (see above). */
function exact(type: FieldType, value: unknown): boolean {
  switch (type) {
    case 'enum':
      return value !== '';
    case 'id':
      return typeof value === 'string' && value.toLowerCase() !== NIL_ID;
    case 'boolean':
      return value === true;
    case 'number':
      return typeof value === 'number' && Math.abs(value) >= 1e-300 && Math.abs(value) < 1e308;
    default:
      return true;
  }
}
