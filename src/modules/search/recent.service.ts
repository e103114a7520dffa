import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { forbidden } from '../../platform/errors.ts';
import { type Actor, visibleOwners } from '../access/index.ts';
import { findCompany } from '../companies/index.ts';
import { displayName, findPerson, peopleWithCompany } from '../people/index.ts';
import { companySubtitle, personSubtitle, type SearchHit } from './search.service.ts';

/** The kinds of record a member's recent list holds: those the header's search finds. */
export const RECENT_TYPES = ['person', 'company'] as const;
export type RecentType = (typeof RECENT_TYPES)[number];

/** How many records a member's list keeps: more than any screen shows, few enough to read whole. */
export const RECENT_KEPT = 50;

export type RecentRecord = Omit<SearchHit, 'score'> & { viewedAt: Date };

/**
 * A member opened a record: it goes to the top of their list. Only a record they may read is
 * listed (404 otherwise, as for reading it), and the list keeps the latest {@link RECENT_KEPT}.
 */
export async function recordView(tx: Tx, actor: Actor, type: RecentType, id: string): Promise<RecentRecord> {
  const userId = memberOf(actor);
  const record =
    type === 'person'
      ? personHit(await findPerson(tx, actor, id))
      : companyHit(await findCompany(tx, actor, id));
  const { viewed_at } = await tx
    .insertInto('recent_records')
    .values({ workspace_id: actor.workspaceId, user_id: userId, record_type: type, record_id: id })
    .onConflict((conflict) =>
      conflict
        .columns(['workspace_id', 'user_id', 'record_type', 'record_id'])
        .doUpdateSet({ viewed_at: sql`clock_timestamp()` }),
    )
    .returning('viewed_at')
    .executeTakeFirstOrThrow();
  // Trims the list past the latest RECENT_KEPT. Rows another visit of the same member is trimming
  // (two tabs at once) are skipped, not waited for: that visit deletes them, and two trims taking the
  // same rows in different orders cannot deadlock.
  const mine = () =>
    tx
      .selectFrom('recent_records')
      .where('workspace_id', '=', actor.workspaceId)
      .where('user_id', '=', userId);
  const cutoff = mine()
    .select('viewed_at')
    .orderBy('viewed_at', 'desc')
    .offset(RECENT_KEPT - 1)
    .limit(1);
  const old = mine()
    .select(['record_type', 'record_id'])
    .where('viewed_at', '<', cutoff)
    .forUpdate()
    .skipLocked();
  await tx
    .deleteFrom('recent_records')
    .where('workspace_id', '=', actor.workspaceId)
    .where('user_id', '=', userId)
    .where((eb) =>
      eb(eb.refTuple('record_type', 'record_id'), 'in', old.$asTuple('record_type', 'record_id')),
    )
    .execute();
  return { ...record, viewedAt: viewed_at };
}

/**
 * The records a member opened, latest first: live ones they may still read. One merged away since is
 * listed as the record it went into (once, where either was visited last); one deleted or out of
 * their reach is left out, not shown as a dead link.
 */
export async function recentRecords(
  tx: Tx,
  actor: Actor,
  options: { limit: number; types?: readonly RecentType[] | undefined },
): Promise<RecentRecord[]> {
  const types = options.types ?? RECENT_TYPES;
  const visits = await tx
    .selectFrom('recent_records')
    .select(['record_type', 'record_id', 'viewed_at'])
    .where('workspace_id', '=', actor.workspaceId)
    .where('user_id', '=', memberOf(actor))
    .where('record_type', 'in', types)
    .orderBy('viewed_at', 'desc')
    .limit(RECENT_KEPT)
    .execute();
  const idsOf = (type: RecentType) => visits.filter((v) => v.record_type === type).map((v) => v.record_id);
  const live = new Map<string, Listed>([
    ...prefixed('person', await liveRecords(tx, actor, 'people', idsOf('person'))),
    ...prefixed('company', await liveRecords(tx, actor, 'companies', idsOf('company'))),
  ]);
  const listed = new Set<string>();
  const records: RecentRecord[] = [];
  for (const visit of visits) {
    const record = live.get(`${visit.record_type}:${visit.record_id}`);
    if (!record || listed.has(`${record.type}:${record.id}`)) continue;
    listed.add(`${record.type}:${record.id}`);
    records.push({ ...record, viewedAt: visit.viewed_at });
  }
  return records.slice(0, options.limit);
}

const prefixed = (type: RecentType, byId: Map<string, Listed>) =>
  [...byId].map(([id, record]) => [`${type}:${id}`, record] as const);

/** Merges of merges stop somewhere; a visit this many merges away is dropped. */
const MAX_HOPS = 5;

/**
 * The live record each visited id stands for today, by visited id: itself, or the record it was
 * merged into (following merges of merges); only records the actor may read.
 */
async function liveRecords(tx: Tx, actor: Actor, table: 'people' | 'companies', ids: string[]) {
  const owners = await visibleOwners(tx, actor, table, 'read');
  const live = new Map<string, Listed>();
  if (owners !== 'all' && owners.size === 0) return live;
  let pending = new Map(ids.map((id) => [id, id]));
  for (let hop = 0; hop <= MAX_HOPS && pending.size > 0; hop++) {
    const rows = await (table === 'people' ? people : companies)(tx, actor.workspaceId, [
      ...new Set(pending.values()),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const next = new Map<string, string>();
    for (const [visited, current] of pending) {
      const row = byId.get(current);
      if (!row) continue;
      if (row.deleted_at === null) {
        if (owners === 'all' || (row.owner_id !== null && owners.has(row.owner_id)))
          live.set(visited, row.hit);
      } else if (row.merged_into_id) next.set(visited, row.merged_into_id);
    }
    pending = next;
  }
  return live;
}

async function people(tx: Tx, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await peopleWithCompany(tx, workspaceId)
    .select([
      'p.id',
      'p.first_name',
      'p.last_name',
      'p.email',
      'p.phone',
      'p.job_title',
      'c.name as company_name',
      'p.owner_id',
      'p.deleted_at',
      'p.merged_into_id',
    ])
    .where('p.id', 'in', ids)
    .execute();
  return rows.map((row) => ({ ...row, hit: personHit(row) }));
}

async function companies(tx: Tx, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('companies')
    .select(['id', 'name', 'domain', 'industry', 'owner_id', 'deleted_at', 'merged_into_id'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((row) => ({ ...row, hit: companyHit(row) }));
}

type Listed = Omit<RecentRecord, 'viewedAt'>;

const personHit = (
  p: Parameters<typeof displayName>[0] & Parameters<typeof personSubtitle>[0] & { id: string },
): Listed => ({
  type: 'person',
  id: p.id,
  title: displayName(p),
  subtitle: personSubtitle(p),
});

const companyHit = (c: Parameters<typeof companySubtitle>[0] & { id: string; name: string }): Listed => ({
  type: 'company',
  id: c.id,
  title: c.name,
  subtitle: companySubtitle(c),
});

/** Recent records are a member's own; the system (jobs, imports) opens none. */
function memberOf(actor: Actor): string {
  if (actor.userId === null) throw forbidden('Only a member has recently viewed records.');
  return actor.userId;
}
