import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { Filter } from '../../platform/query/filter.ts';
import { brokenReferences } from '../../platform/query/references.ts';
import { type Actor, visibleOwners } from '../access/index.ts';
import { matchingCompanies } from '../companies/index.ts';
import { matchingPeople } from '../people/index.ts';
import {
  checkSetCustomField,
  type SetCustomField,
  setCustomFieldAssignment,
  setCustomFieldChanges,
} from './bulk.custom-field.ts';

export type BulkAction =
  | { type: 'setOwner'; ownerId: string }
  | { type: 'addTags'; tags: string[] }
  | { type: 'removeTags'; tags: string[] }
  | { type: 'setStage'; stage: string }
  | SetCustomField
  | { type: 'delete' };

export type BulkObject = 'people' | 'companies';

export interface BulkTarget {
  ids?: string[] | undefined;
  filter?: Filter | undefined;
}

/** Above this many records a bulk action runs as a background job, in batches. */
export const SYNC_LIMIT = 5000;
export const BATCH = 5000;

const TABLE = { people: 'people', companies: 'companies' } as const;

/**
 * The ids a bulk action targets: those matching (the filter, or the given ids) among the records the
 * actor may see, split into those the actor may change and those they may not.
 */
export async function targetIds(
  tx: Tx,
  actor: Actor,
  object: BulkObject,
  target: BulkTarget,
  action: BulkAction,
  after?: string,
  limit?: number,
) {
  const rows =
    object === 'people'
      ? await peopleIds(tx, actor, target, after, limit)
      : await companyIds(tx, actor, target, after, limit);
  const reach = await visibleOwners(tx, actor, object, action.type === 'delete' ? 'delete' : 'update');
  const allowed = rows.filter((r) => reach === 'all' || (r.owner_id !== null && reach.has(r.owner_id)));
  return {
    matched: rows.length,
    allowed: allowed.map((r) => r.id),
    denied: rows.length - allowed.length,
    last: rows.at(-1)?.id,
  };
}

type Row = { id: string; owner_id: string | null };

/** How many records the target holds among those the actor may see: a bulk job's total. */
export async function countTarget(tx: Tx, actor: Actor, object: BulkObject, target: BulkTarget) {
  const count = sql<string>`count(*)`.as('n');
  const row =
    object === 'people'
      ? await (await peopleTarget(tx, actor, target)).clearSelect().select(count).executeTakeFirstOrThrow()
      : await (await companyTarget(tx, actor, target)).clearSelect().select(count).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function peopleTarget(tx: Tx, actor: Actor, target: BulkTarget) {
  const query = (await matchingPeople(tx, actor, { filter: target.filter })).select
    .clearSelect()
    .select(['p.id', 'p.owner_id']);
  return target.ids ? query.where(sql<boolean>`p.id = ANY(${target.ids}::uuid[])`) : query;
}

async function companyTarget(tx: Tx, actor: Actor, target: BulkTarget) {
  const query = (await matchingCompanies(tx, actor, { filter: target.filter })).select
    .clearSelect()
    .select(['co.id', 'co.owner_id']);
  return target.ids ? query.where(sql<boolean>`co.id = ANY(${target.ids}::uuid[])`) : query;
}

async function peopleIds(
  tx: Tx,
  actor: Actor,
  target: BulkTarget,
  after?: string,
  limit?: number,
): Promise<Row[]> {
  let query = await peopleTarget(tx, actor, target);
  if (after) query = query.where(sql<boolean>`p.id > ${after}::uuid`);
  return query
    .orderBy('p.id')
    .limit(limit ?? 1_000_000)
    .execute();
}

async function companyIds(
  tx: Tx,
  actor: Actor,
  target: BulkTarget,
  after?: string,
  limit?: number,
): Promise<Row[]> {
  let query = await companyTarget(tx, actor, target);
  if (after) query = query.where(sql<boolean>`co.id > ${after}::uuid`);
  return query
    .orderBy('co.id')
    .limit(limit ?? 1_000_000)
    .execute();
}

/** Applies an action to records by id, in one statement: the audit trail gets one entry per record. */
export async function applyAction(
  tx: Tx,
  workspaceId: string,
  object: BulkObject,
  ids: string[],
  action: BulkAction,
): Promise<number> {
  if (ids.length === 0) return 0;
  const set = assignments(object, action);
  const result = await sql`
    UPDATE ${sql.table(TABLE[object])} SET ${set}, updated_at = now(), version = version + 1
    WHERE workspace_id = ${workspaceId} AND id = ANY(${ids}::uuid[]) AND deleted_at IS NULL AND ${changes(action)}`.execute(
    tx,
  );
  return Number(result.numAffectedRows ?? 0);
}

function assignments(object: BulkObject, action: BulkAction): RawBuilder<unknown> {
  switch (action.type) {
    case 'setOwner':
      return sql`owner_id = ${action.ownerId}::uuid`;
    case 'addTags':
      return sql`tags = tags || ARRAY(SELECT t FROM unnest(${action.tags}::text[]) t WHERE NOT t = ANY(tags))`;
    case 'removeTags':
      return sql`tags = ARRAY(SELECT t FROM unnest(tags) t WHERE NOT t = ANY(${action.tags}::text[]))`;
    case 'setStage':
      if (object !== 'people') throw new AppError('validation_failed', 'Only people have a lifecycle stage.');
      return sql`lifecycle_stage = ${action.stage}, lifecycle_changed_at = now()`;
    case 'setCustomField':
      return setCustomFieldAssignment(action);
    case 'delete':
      return sql`deleted_at = now()`;
  }
}

// Rows the action would not change are left alone: no empty audit entries, no version bumps.
function changes(action: BulkAction): RawBuilder<boolean> {
  switch (action.type) {
    case 'setOwner':
      return sql<boolean>`owner_id IS DISTINCT FROM ${action.ownerId}::uuid`;
    case 'addTags':
      return sql<boolean>`NOT tags @> ${action.tags}::text[]`;
    case 'removeTags':
      return sql<boolean>`tags && ${action.tags}::text[]`;
    case 'setStage':
      return sql<boolean>`lifecycle_stage <> ${action.stage}`;
    case 'setCustomField':
      return setCustomFieldChanges(action);
    case 'delete':
      return sql<boolean>`true`;
  }
}

/**
 * Checks what the action refers to, before any record is touched, and returns it as it will be
 * applied (a custom value cleaned as a record's edit would store it), job or not. A job checks again
 * before each batch (`locked`): the field or the member may have changed since it began, and the
 * errors then say so in words for whoever follows the job.
 */
export async function checkAction(
  tx: Tx,
  actor: Actor,
  object: BulkObject,
  action: BulkAction,
  locked = false,
): Promise<BulkAction> {
  if (action.type === 'setCustomField') return checkSetCustomField(tx, actor, object, action, locked);
  if (action.type !== 'setOwner') return action;
  const errors = await brokenReferences(tx, actor.workspaceId, [
    { kind: 'member', path: '/action/ownerId', id: action.ownerId },
  ]);
  if (errors.length === 0) return action;
  if (!locked) throw new AppError('validation_failed', 'No such active member.', { errors });
  // Read by whoever follows the job, long after it was asked for: says what changed since.
  const since = 'The new owner is no longer an active member.';
  throw new AppError('validation_failed', since, { errors: errors.map((e) => ({ ...e, message: since })) });
}
