import type { AuditEntry } from '../../api/types';
import { actorName, describePair, objectLabel, shownAction } from './audit-text';

const mergeKey = (merge: NonNullable<AuditEntry['merge']>) => `${merge.id}:${merge.undo}`;

/**
 * A person's or company's history holds, for each merge it took part in (and its undo), its own entry
 * if the merge changed its fields and the merge's own entry (objectType "merge"). Each is told once:
 * the record's entry, with what changed; the merge's only when the record has none. The possible
 * duplicate the merge closed (or its undo opened again) says the same, and is left out.
 */
export function foldMerges(entries: readonly AuditEntry[]): AuditEntry[] {
  const told = new Set(
    entries.flatMap((entry) => (entry.merge && entry.objectType !== 'merge' ? [mergeKey(entry.merge)] : [])),
  );
  return entries.filter(
    (entry) =>
      !(entry.objectType === 'merge' && entry.merge && told.has(mergeKey(entry.merge))) &&
      !(entry.pair && [entry.changes.status?.before, entry.changes.status?.after].includes('merged')),
  );
}

/**
 * What the record is called on its own page: "person", "company"; from its own entries, else (none
 * among those read yet) from a possible duplicate that pairs it.
 */
export function recordNoun(entries: readonly AuditEntry[], recordId: string): string {
  const own = entries.find((entry) => entry.recordId === recordId);
  if (own) return objectLabel(own.objectType);
  const pair = entries.find((entry) => entry.pair)?.pair;
  return pair ? (pair.objectType === 'people' ? 'person' : 'company') : 'record';
}

/**
 * An entry's title on the record's history: "Ada updated the person"; for a merge, from the side of
 * the record whose page it is: "Ada merged Jon Smithers into this person", "Ada merged this person
 * into Jonathan Smithers", "Ada undid the merge of Jon Smithers into this person"; for a possible
 * duplicate, likewise: "System flagged this person and Bobby Stone as possible duplicates".
 */
export function historyTitle(entry: AuditEntry, recordId: string, noun: string): string {
  const actor = actorName(entry);
  const { merge, pair } = entry;
  if (pair) return `${actor} ${describePair(entry, pair, { id: recordId, noun })}`;
  const kept = merge?.survivorId === recordId;
  if (!merge || !(kept || merge.mergedId === recordId))
    return `${actor} ${shownAction(entry)} the ${objectLabel(entry.objectType)}`;
  const other = kept ? merge.mergedId : merge.survivorId;
  const name = entry.names[other] ?? `a ${noun} no longer here`;
  const what = kept ? `${name} into this ${noun}` : `this ${noun} into ${name}`;
  return merge.undo ? `${actor} undid the merge of ${what}` : `${actor} merged ${what}`;
}
