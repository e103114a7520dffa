/** Pure rules of a merge: what the surviving record keeps of both. */

export type Choice = 'survivor' | 'merged';

/** Lists are united (first the survivor's, then what only the other had), by a key. */
export function unite<T>(survivor: T[], merged: T[], key: (item: T) => string): T[] {
  const seen = new Set(survivor.map(key));
  return [...survivor, ...merged.filter((item) => !seen.has(key(item)))];
}

/** A scalar keeps the survivor's value unless it is empty or the other was chosen. */
export function pick<T>(survivor: T | null, merged: T | null, choice: Choice | undefined): T | null {
  if (choice === 'merged') return merged;
  if (choice === 'survivor') return survivor;
  return survivor === null || survivor === '' ? merged : survivor;
}

/** Custom values: the survivor's, completed by the other's keys it lacks (or chosen key by key). */
export function uniteCustom(
  survivor: Record<string, unknown>,
  merged: Record<string, unknown>,
  choices: Record<string, Choice>,
): Record<string, unknown> {
  const result = { ...merged, ...survivor };
  for (const [key, choice] of Object.entries(choices)) {
    if (!key.startsWith('customFields.')) continue;
    const field = key.slice('customFields.'.length);
    if (choice === 'merged' && field in merged) result[field] = merged[field];
  }
  return result;
}
