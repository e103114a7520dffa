import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../access/index.ts';
import { liveSummaries } from './duplicates.summaries.ts';
import type { MergeObject } from './merge.service.ts';

/** What a merge carries from the record merged away onto the one kept, by kind. */
export const MOVED_KINDS = [
  'activities',
  'deals',
  'tickets',
  'orders',
  'consents',
  'tasks',
  'employments',
  'people',
  'subsidiaries',
] as const;
export type MovedKind = (typeof MOVED_KINDS)[number];

type Counts = (ws: string, from: string, to: string) => Partial<Record<MovedKind, RawBuilder<string>>>;

/**
 * One count per kind of record merge.references.ts repoints, as a user counts them: records not
 * deleted, and not those the kept record already has (a shared deal's link is dropped, an employment
 * at a company both worked at is folded into the kept one's), so the figures are what lands.
 */
const COUNTS: Record<MergeObject, Counts> = {
  people: (ws, from, to) => ({
    activities: sql`SELECT count(*) FROM activities a WHERE a.workspace_id = ${ws} AND a.deleted_at IS NULL
      AND a.id IN (SELECT activity_id FROM activity_people WHERE workspace_id = ${ws} AND person_id = ${from}
                   UNION SELECT id FROM activities WHERE workspace_id = ${ws} AND actor_person_id = ${from})
      AND a.id NOT IN (SELECT activity_id FROM activity_people WHERE workspace_id = ${ws} AND person_id = ${to})
      AND a.actor_person_id IS DISTINCT FROM ${to}::uuid`,
    deals: sql`SELECT count(*) FROM deal_people dp JOIN deals d ON d.workspace_id = dp.workspace_id AND d.id = dp.deal_id
      WHERE dp.workspace_id = ${ws} AND dp.person_id = ${from} AND d.deleted_at IS NULL
        AND dp.deal_id NOT IN (SELECT deal_id FROM deal_people WHERE workspace_id = ${ws} AND person_id = ${to})`,
    tickets: sql`SELECT count(*) FROM tickets WHERE workspace_id = ${ws} AND requester_id = ${from} AND deleted_at IS NULL`,
    orders: sql`SELECT count(*) FROM orders WHERE workspace_id = ${ws} AND person_id = ${from}`,
    consents: sql`SELECT count(*) FROM consent_events WHERE workspace_id = ${ws} AND person_id = ${from}`,
    tasks: sql`SELECT count(*) FROM tasks WHERE workspace_id = ${ws} AND person_id = ${from} AND deleted_at IS NULL`,
    employments: sql`SELECT count(*) FROM employments WHERE workspace_id = ${ws} AND person_id = ${from}
      AND company_id NOT IN (SELECT company_id FROM employments WHERE workspace_id = ${ws} AND person_id = ${to})`,
  }),
  companies: (ws, from, to) => ({
    activities: sql`SELECT count(*) FROM activities WHERE workspace_id = ${ws} AND company_id = ${from} AND deleted_at IS NULL`,
    deals: sql`SELECT count(*) FROM deals WHERE workspace_id = ${ws} AND company_id = ${from} AND deleted_at IS NULL`,
    orders: sql`SELECT count(*) FROM orders WHERE workspace_id = ${ws} AND company_id = ${from}`,
    tasks: sql`SELECT count(*) FROM tasks WHERE workspace_id = ${ws} AND company_id = ${from} AND deleted_at IS NULL`,
    people: sql`SELECT count(*) FROM people WHERE workspace_id = ${ws} AND company_id = ${from} AND deleted_at IS NULL`,
    employments: sql`SELECT count(*) FROM employments WHERE workspace_id = ${ws} AND company_id = ${from}
      AND person_id NOT IN (SELECT person_id FROM employments WHERE workspace_id = ${ws} AND company_id = ${to})`,
    subsidiaries: sql`SELECT count(*) FROM companies WHERE workspace_id = ${ws} AND parent_id = ${from}
      AND deleted_at IS NULL AND id <> ${to}`,
  }),
};

/**
 * What merging `mergedId` into `survivorId` would move onto the survivor, without merging: the
 * reviewer's preview. Both records must be live and readable by the actor (as reading them is),
 * else neither exists for them.
 */
export async function previewMerge(
  tx: Tx,
  actor: Actor,
  object: MergeObject,
  survivorId: string,
  mergedId: string,
): Promise<{ kind: MovedKind; count: number }[]> {
  if (survivorId === mergedId)
    throw new AppError('validation_failed', 'A record cannot be merged into itself.');
  const visible = await liveSummaries(tx, actor, object, [survivorId, mergedId]);
  if (!visible.has(survivorId) || !visible.has(mergedId))
    throw new AppError('not_found', `No such ${object === 'people' ? 'person' : 'company'}.`);
  const counts = COUNTS[object](actor.workspaceId, mergedId, survivorId);
  const kinds = MOVED_KINDS.filter((kind) => counts[kind]);
  const columns = sql.join(kinds.map((kind) => sql`(${counts[kind]}) AS ${sql.ref(kind)}`));
  const row = (await sql<Record<MovedKind, string>>`SELECT ${columns}`.execute(tx)).rows[0];
  return kinds.map((kind) => ({ kind, count: Number(row?.[kind] ?? 0) }));
}
