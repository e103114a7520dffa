import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { fetchPage, nullSortKey } from '../../platform/http/pagination.ts';
import { type Actor, visibleOwners } from '../access/index.ts';
import { taskQuery } from './tasks.service.ts';

export interface TaskFilter {
  /** A member's id; `me` is resolved by the route. */
  assigneeId?: string | undefined;
  personId?: string | undefined;
  companyId?: string | undefined;
  status?: string | undefined;
  dueBefore?: string | undefined;
}

/** The sort the task indexes are built on (migration 0027): undated tasks after every dated one. */
export const TASK_SORTS = { dueAt: nullSortKey('t.due_at', sql`'infinity'::timestamptz`) };

/** The tasks an actor may see that match a filter, soonest due first, a keyset page at a time. */
export async function listTasks(
  tx: Tx,
  actor: Actor,
  filter: TaskFilter,
  page: { limit: number; cursor: string | undefined; sort: string },
) {
  const select = await matchingTasks(tx, actor, filter);
  return fetchPage(select, { ...page, columns: TASK_SORTS, idColumn: 't.id' });
}

export async function matchingTasks(tx: Tx, actor: Actor, filter: TaskFilter) {
  let select = taskQuery(tx, actor.workspaceId);
  const owners = await visibleOwners(tx, actor, 'tasks', 'read');
  if (owners !== 'all')
    select = select.where(sql<boolean>`coalesce(t.assignee_id, t.created_by) = ANY(${[...owners]}::uuid[])`);
  if (filter.assigneeId) select = select.where('t.assignee_id', '=', filter.assigneeId);
  if (filter.personId) select = select.where('t.person_id', '=', filter.personId);
  if (filter.companyId) select = select.where('t.company_id', '=', filter.companyId);
  if (filter.status) select = select.where('t.status', '=', filter.status);
  if (filter.dueBefore) select = select.where('t.due_at', '<', new Date(filter.dueBefore));
  return select;
}
