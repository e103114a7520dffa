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

/** An employment as a merge folds it; dates are PostgreSQL's 'YYYY-MM-DD', so they compare as text. */
export interface Stint {
  id: string;
  role: string | null;
  started_on: string | null;
  ended_on: string | null;
}

// A current stint (no end) first, then the latest start: the one a person's card leads with.
const byCurrency = (a: Stint, b: Stint) =>
  Number(a.ended_on !== null) - Number(b.ended_on !== null) ||
  (b.started_on ?? '').localeCompare(a.started_on ?? '');

/**
 * Both records' stints at one company become one, since a person works for a company once: the
 * survivor's row is kept (its current one if it has several) with its role unless empty; it starts
 * with the earliest start known and has no end if any stint is current, else ends with the latest.
 * Each stint's end is after its own start, so the widest span keeps the table's date check.
 */
export function foldStints(survivor: Stint[], merged: Stint[]): Stint {
  const ordered = [...[...survivor].sort(byCurrency), ...[...merged].sort(byCurrency)];
  const kept = ordered[0];
  if (!kept || survivor.length === 0) throw new Error('A fold needs a stint of the survivor.');
  const starts = ordered.flatMap((s) => (s.started_on === null ? [] : [s.started_on])).sort();
  const ends = ordered.map((s) => s.ended_on);
  return {
    id: kept.id,
    role: ordered.find((s) => s.role !== null && s.role.trim() !== '')?.role ?? kept.role,
    started_on: starts[0] ?? null,
    ended_on: ends.includes(null) ? null : ([...ends].sort().at(-1) ?? null),
  };
}
