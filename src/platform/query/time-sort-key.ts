import { type RawBuilder, sql } from 'kysely';
import { nullSortKey } from '../http/pagination.ts';
import type { PositiveOp } from './filter.ts';

/**
 * The key a list sorts a nullable date-time by, never NULL so that keyset pages work: a missing value
 * is -infinity, the oldest (`people_last_contacted`, `companies_last_contacted` index this expression).
 */
export function timeSortKey(column: string): RawBuilder<unknown> {
  return nullSortKey(column, sql`'-infinity'::timestamptz`);
}

/**
 * A FieldDef's `indexed` for such a date-time: its ranges written on the sort key, so that the sort's
 * index serves them ("last contacted before June, newest first" reads from June down, rather than
 * walking the index from the newest and discarding every later row). They say exactly what the column
 * says: a filter's value is a real date-time, never the key's floor, and a range below a value also
 * asks for a key above the floor, which a missing value sits on.
 */
export function onTimeSortKey(column: string) {
  const key = timeSortKey(column);
  const at = (value: unknown) => sql`${value}::timestamptz`;
  return (op: PositiveOp, value: unknown): RawBuilder<boolean> | undefined => {
    switch (op) {
      case 'gt':
        return sql<boolean>`(${key} > ${at(value)})`;
      case 'gte':
        return sql<boolean>`(${key} >= ${at(value)})`;
      case 'lt':
        return sql<boolean>`(${key} < ${at(value)} AND ${key} > '-infinity'::timestamptz)`;
      case 'lte':
        return sql<boolean>`(${key} <= ${at(value)} AND ${key} > '-infinity'::timestamptz)`;
      case 'between': {
        const [low, high] = value as [unknown, unknown];
        return sql<boolean>`(${key} BETWEEN ${at(low)} AND ${at(high)})`;
      }
      default:
        return undefined;
    }
  };
}
