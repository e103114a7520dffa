import type { Tx } from '../../platform/db/transaction.ts';
import { iso } from '../../platform/http/schemas.ts';
import { type Actor, visibleOwners } from '../access/index.ts';
import { displayName, peopleWithCompany } from '../people/index.ts';
import type { DuplicateCandidatesTable } from './duplicates.tables.ts';

type MergeObject = 'people' | 'companies';
type Pair = Pick<DuplicateCandidatesTable, 'first_id' | 'second_id'> & { id: string };

/** A record as the review list shows it: a name, and the detail that tells two namesakes apart. */
export interface RecordSummary {
  id: string;
  name: string;
  detail: string | null;
  updatedAt: string;
}
/** The normalised values the finder pairs records by (duplicates.service.ts), per reason. */
export interface MatchKeys {
  email: string[];
  phone: string[];
  domain: string[];
}
export interface LiveSummary extends RecordSummary {
  keys: MatchKeys;
}
interface OwnedSummary extends LiveSummary {
  ownerId: string | null;
  mergedIntoId: string | null;
}

/**
 * What a pair shares for the reasons that name a value ("Same phone": which phone), in the order of
 * the reasons, so a reviewer sees it without opening both records.
 */
export function sharedValues(reasons: readonly string[], a: MatchKeys, b: MatchKeys) {
  return reasons.flatMap((reason) => {
    if (reason !== 'email' && reason !== 'phone' && reason !== 'domain') return [];
    const theirs = new Set(b[reason]);
    return [...new Set(a[reason])].filter((value) => theirs.has(value)).map((value) => ({ reason, value }));
  });
}

/** The merge that joined a pair, and whether the one asking may still take it back. */
export interface PairMerge {
  id: string;
  survivorId: string;
  mergedId: string;
  mergedAt: string;
  mergedBy: { id: string; name: string | null } | null;
  undoable: boolean;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const mayReach = (owners: 'all' | ReadonlySet<string>, owner: string | null) =>
  owners === 'all' || (owner !== null && owners.has(owner));

/** Live records the actor may read, by id; deleted ones are never among them. */
export async function liveSummaries(
  tx: Tx,
  actor: Actor,
  object: MergeObject,
  ids: string[],
): Promise<Map<string, LiveSummary>> {
  const owned = await ownedSummaries(tx, actor, object, ids, 'live');
  return new Map([...owned].map(([id, summary]) => [id, { ...withoutOwner(summary), keys: summary.keys }]));
}

/**
 * Records the actor may read, by id: live ones, or those hidden by a merge as they were when merged (a
 * merge only marks them, never rewrites them). Only the merged list reads the latter: everywhere else
 * a merged record is gone.
 */
async function ownedSummaries(
  tx: Tx,
  actor: Actor,
  object: MergeObject,
  ids: string[],
  which: 'live' | 'mergedAway',
): Promise<Map<string, OwnedSummary>> {
  if (ids.length === 0) return new Map();
  const owners = await visibleOwners(tx, actor, object, 'read');
  const summaries: OwnedSummary[] =
    object === 'people'
      ? (
          await peopleWithCompany(tx, actor.workspaceId)
            .select([
              'p.id',
              'p.first_name',
              'p.last_name',
              'p.email',
              'p.phone',
              'c.name as company_name',
              'p.owner_id',
              'p.updated_at',
              'p.merged_into_id',
              'p.email_index',
              'p.phone_index',
            ])
            .where('p.id', 'in', ids)
            .where(
              which === 'live' ? 'p.deleted_at' : 'p.merged_into_id',
              which === 'live' ? 'is' : 'is not',
              null,
            )
            .execute()
        ).map((r) => ({
          id: r.id,
          name: displayName(r),
          detail: [r.email, r.company_name].filter(Boolean).join(' · ') || null,
          updatedAt: iso(r.updated_at),
          keys: { email: r.email_index, phone: r.phone_index, domain: [] },
          ownerId: r.owner_id,
          mergedIntoId: r.merged_into_id,
        }))
      : (
          await tx
            .selectFrom('companies')
            .select(['id', 'name', 'domain', 'domains', 'owner_id', 'updated_at', 'merged_into_id'])
            .where('workspace_id', '=', actor.workspaceId)
            .where('id', 'in', ids)
            .where(
              which === 'live' ? 'deleted_at' : 'merged_into_id',
              which === 'live' ? 'is' : 'is not',
              null,
            )
            .execute()
        ).map((r) => ({
          id: r.id,
          name: r.name,
          detail: r.domain,
          updatedAt: iso(r.updated_at),
          keys: { email: [], phone: [], domain: r.domains },
          ownerId: r.owner_id,
          mergedIntoId: r.merged_into_id,
        }));
  return new Map(summaries.filter((s) => mayReach(owners, s.ownerId)).map((s) => [s.id, s]));
}

/**
 * Merged pairs with the record kept, the one merged away, and their merge (the latest one not undone).
 * A pair whose kept record is gone since (deleted, or merged on into a third) is left out, as is one
 * the actor may not read.
 */
export async function mergedPairs(
  tx: Tx,
  actor: Actor,
  object: MergeObject,
  pairs: Pair[],
): Promise<Map<string, { records: [RecordSummary, RecordSummary]; merge: PairMerge }>> {
  const result = new Map<string, { records: [RecordSummary, RecordSummary]; merge: PairMerge }>();
  const ids = pairs.flatMap((p) => [p.first_id, p.second_id]);
  if (ids.length === 0) return result;
  const merges = await tx
    .selectFrom('merges as m')
    .leftJoin('users as u', 'u.id', 'm.merged_by')
    .select([
      'm.id',
      'm.survivor_id',
      'm.merged_id',
      'm.created_at',
      'm.merged_by',
      'u.name as merged_by_name',
    ])
    .where('m.workspace_id', '=', actor.workspaceId)
    .where('m.object_type', '=', object)
    .where('m.undone_at', 'is', null)
    .where('m.survivor_id', 'in', ids)
    .where('m.merged_id', 'in', ids)
    .orderBy('m.created_at', 'asc')
    .execute();
  const mergeOf = new Map(merges.map((m) => [pairKey(m.survivor_id, m.merged_id), m]));
  const survivors = await ownedSummaries(
    tx,
    actor,
    object,
    merges.map((m) => m.survivor_id),
    'live',
  );
  const mergedAway = await ownedSummaries(
    tx,
    actor,
    object,
    merges.map((m) => m.merged_id),
    'mergedAway',
  );
  const mayUpdate = await visibleOwners(tx, actor, object, 'update');
  for (const pair of pairs) {
    const merge = mergeOf.get(pairKey(pair.first_id, pair.second_id));
    const survivor = merge && survivors.get(merge.survivor_id);
    const merged = merge && mergedAway.get(merge.merged_id);
    if (!merge || !survivor || !merged) continue;
    result.set(pair.id, {
      records: [withoutOwner(survivor), withoutOwner(merged)],
      merge: {
        id: merge.id,
        survivorId: merge.survivor_id,
        mergedId: merge.merged_id,
        mergedAt: iso(merge.created_at),
        mergedBy: merge.merged_by ? { id: merge.merged_by, name: merge.merged_by_name } : null,
        // What undoMerge needs: the merged record still parked on this survivor, and the right to change it.
        undoable: merged.mergedIntoId === merge.survivor_id && mayReach(mayUpdate, survivor.ownerId),
      },
    });
  }
  return result;
}

const withoutOwner = (s: RecordSummary): RecordSummary => ({
  id: s.id,
  name: s.name,
  detail: s.detail,
  updatedAt: s.updatedAt,
});
