/** What a change did to each field: [before, after]. */
export type ChangePairs = Record<string, [unknown, unknown]>;

/**
 * A record_changes row's `changes` as pairs, however it was stored. Updates (and every entry written
 * before 0032_audit_snapshots.sql) hold pairs already; a creation or deletion written since holds the
 * row itself, {field: value} with nulls kept, which becomes [null, value] or [value, null]. A null
 * field is left out, as a diff against nothing leaves it out.
 */
export function changePairs(
  action: 'created' | 'updated' | 'deleted',
  changes: Record<string, unknown>,
  snapshot: boolean,
): ChangePairs {
  if (!snapshot) return changes as ChangePairs;
  const pairs: ChangePairs = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) continue;
    pairs[field] = action === 'deleted' ? [value, null] : [null, value];
  }
  return pairs;
}
