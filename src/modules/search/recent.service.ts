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
  await tx
    .deleteFrom('recent_records')
    .where('workspace_id', '=', actor.workspaceId)
    .where('user_id', '=', userId)
    .where(
      'viewed_at',
      '<',
      tx
        .selectFrom('recent_records')
        .select('viewed_at')
        .where('workspace_id', '=', actor.workspaceId)
        .where('user_id', '=', userId)
        .orderBy('viewed_at', 'desc')
        .offset(RECENT_KEPT - 1)
        .limit(1),
    )
    .execute();
  return { ...record, viewedAt: viewed_at };
}

/**
 * The records a member opened, latest first: live ones they may still read. A record deleted,
 * merged away or out of their reach since is left out, not shown as a dead link.
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
  const found = new Map<string, Listed>();
  for (const record of [
    ...(await people(tx, actor, idsOf('person'))),
    ...(await companies(tx, actor, idsOf('company'))),
  ]) {
    found.set(`${record.type}:${record.id}`, record);
  }
  return visits
    .flatMap((visit) => {
      const record = found.get(`${visit.record_type}:${visit.record_id}`);
      return record ? [{ ...record, viewedAt: visit.viewed_at }] : [];
    })
    .slice(0, options.limit);
}

async function people(tx: Tx, actor: Actor, ids: string[]) {
  const owners = await visibleOwners(tx, actor, 'people', 'read');
  if (ids.length === 0 || (owners !== 'all' && owners.size === 0)) return [];
  let select = peopleWithCompany(tx, actor.workspaceId)
    .select([
      'p.id',
      'p.first_name',
      'p.last_name',
      'p.email',
      'p.phone',
      'p.job_title',
      'c.name as company_name',
    ])
    .where('p.id', 'in', ids)
    .where('p.deleted_at', 'is', null);
  if (owners !== 'all') select = select.where('p.owner_id', 'in', [...owners]);
  return (await select.execute()).map(personHit);
}

async function companies(tx: Tx, actor: Actor, ids: string[]) {
  const owners = await visibleOwners(tx, actor, 'companies', 'read');
  if (ids.length === 0 || (owners !== 'all' && owners.size === 0)) return [];
  let select = tx
    .selectFrom('companies')
    .select(['id', 'name', 'domain', 'industry'])
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null);
  if (owners !== 'all') select = select.where('owner_id', 'in', [...owners]);
  return (await select.execute()).map(companyHit);
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
