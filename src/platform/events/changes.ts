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
  // fromEntries defines each field as the JSON did: an assignment to a field named "__proto__" would
  // set the object's prototype instead (fast-check found it).
  return Object.fromEntries(
    Object.entries(changes)
      .filter(([, value]) => value !== null)
      .map(([field, value]) => [field, action === 'deleted' ? [value, null] : [null, value]]),
  );
}
