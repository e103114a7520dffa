/** The nil UUID: no record has it. */
export const NIL_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Ids for `IN (…)` / `NOT IN (…)`: Kysely cannot write an empty list, so none stands as the nil UUID,
 * which no record has (`IN` then matches nothing, `NOT IN` everything).
 */
export function idsOrNone(ids: Iterable<string>): string[] {
  const list = [...ids];
  return list.length > 0 ? list : [NIL_ID];
}
