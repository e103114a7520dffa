import type { Updateable } from 'kysely';
import type { Database } from './schema.ts';

/** The columns of a table that an update may set. */
export type UpdatableColumn<T extends keyof Database> = keyof Updateable<Database[T]> & string;

/**
 * The columns an update of `table` sets: each field of `input` named in `columns` that is present,
 * under its column's name. Absent (undefined) fields are left alone; null is written (it clears).
 *
 * The table is there for the types only: a column it does not have, or a field `input` does not
 * have, does not compile (spreading into Kysely's `.set()` would check the values, not the names).
 *
 *   .set({ ...presentColumns('deals', input, { name: 'name', closeDate: 'close_date' }), ...bumped() })
 */
export function presentColumns<
  T extends keyof Database,
  I extends object,
  const M extends { readonly [K in keyof I]?: UpdatableColumn<T> },
>(
  _table: T,
  input: I,
  columns: M & { readonly [K in Exclude<keyof M, keyof I>]: never },
): { [K in keyof M & keyof I as M[K] & string]?: Exclude<I[K], undefined> } {
  const fields = input as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(columns as Record<string, string>).flatMap(([field, column]) => {
      const value = fields[field];
      return value === undefined ? [] : [[column, value]];
    }),
  ) as { [K in keyof M & keyof I as M[K] & string]?: Exclude<I[K], undefined> };
}
