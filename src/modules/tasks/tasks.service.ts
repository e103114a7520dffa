import { sql } from 'kysely';
import { presentColumns } from '../../platform/db/columns.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor, softDelete } from '../../platform/db/versioning.ts';
import { AppError } from '../../platform/errors.ts';
import { brokenReferences } from '../../platform/query/references.ts';
import { type Actor, assertMay } from '../access/index.ts';
import { completionChange, type TaskStatus, taskOwner } from './tasks.rules.ts';
import type { TaskInput } from './tasks.schemas.ts';

/** A workspace's live tasks beside the live person and company they concern. */
export function taskQuery(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('tasks as t')
    .leftJoin('people as p', (j) =>
      j
        .onRef('p.workspace_id', '=', 't.workspace_id')
        .onRef('p.id', '=', 't.person_id')
        .on('p.deleted_at', 'is', null),
    )
    .leftJoin('companies as c', (j) =>
      j
        .onRef('c.workspace_id', '=', 't.workspace_id')
        .onRef('c.id', '=', 't.company_id')
        .on('c.deleted_at', 'is', null),
    )
    .select([
      't.id',
      't.title',
      't.notes',
      't.type',
      't.priority',
      't.status',
      't.due_at',
      't.completed_at',
      't.assignee_id',
      't.person_id',
      'p.id as person_live_id',
      'p.first_name as person_first_name',
      'p.last_name as person_last_name',
      'p.email as person_email',
      'p.phone as person_phone',
      't.company_id',
      'c.name as company_name',
      't.created_by',
      't.created_at',
      't.updated_at',
      't.version',
    ])
    .where('t.workspace_id', '=', workspaceId)
    .where('t.deleted_at', 'is', null);
}
export type TaskRow = Awaited<ReturnType<ReturnType<typeof taskQuery>['executeTakeFirstOrThrow']>>;

export async function findTask(tx: Tx, actor: Actor, id: string, action: ReadFor = 'read'): Promise<TaskRow> {
  const row = await taskQuery(tx, actor.workspaceId)
    .where('t.id', '=', id)
    .$if(locks(action), (q) => q.forUpdate('t'))
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such task.');
  await assertMay(tx, actor, 'tasks', action, taskOwner(row), 'task');
  return row;
}

export async function createTask(tx: Tx, actor: Actor, input: TaskInput & { title: string }) {
  const assigneeId = input.assigneeId === undefined ? actor.userId : input.assigneeId;
  await checkReferences(tx, actor.workspaceId, { ...input, assigneeId });
  const row = await tx
    .insertInto('tasks')
    .values({
      workspace_id: actor.workspaceId,
      title: input.title,
      notes: input.notes ?? null,
      type: input.type ?? 'todo',
      priority: input.priority ?? 'normal',
      status: input.status ?? 'open',
      due_at: input.dueAt ?? null,
      completed_at: completionChange(undefined, input.status) === 'set' ? sql`now()` : null,
      assignee_id: assigneeId,
      person_id: input.personId ?? null,
      company_id: input.companyId ?? null,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return findTask(tx, actor, row.id);
}

export async function updateTask(
  tx: Tx,
  actor: Actor,
  id: string,
  input: TaskInput,
  expectedVersion: number | undefined,
) {
  const current = await findTask(tx, actor, id, 'update');
  assertVersion(expectedVersion, current.version, 'task');
  await checkReferences(tx, actor.workspaceId, input);
  const completion = completionChange(current.status as TaskStatus, input.status);
  await tx
    .updateTable('tasks')
    .set({
      ...presentColumns('tasks', input, {
        title: 'title',
        notes: 'notes',
        type: 'type',
        priority: 'priority',
        status: 'status',
        dueAt: 'due_at',
        assigneeId: 'assignee_id',
        personId: 'person_id',
        companyId: 'company_id',
      }),
      ...(completion === 'set' ? { completed_at: sql<Date>`now()` } : {}),
      ...(completion === 'clear' ? { completed_at: null } : {}),
      ...bumped(),
    })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .execute();
  return findTask(tx, actor, id);
}

/** Deleting hides a task; the audit trail keeps what it was. */
export async function deleteTask(tx: Tx, actor: Actor, id: string, expectedVersion: number | undefined) {
  const current = await findTask(tx, actor, id, 'delete');
  assertVersion(expectedVersion, current.version, 'task');
  await softDelete(tx, 'tasks', actor.workspaceId, id);
}

/**
 * The records a task points at must be live ones of this workspace, and its assignee an active
 * member: a wrong id is the client's to fix (a problem naming the field), never a foreign-key 500.
 */
async function checkReferences(
  tx: Tx,
  workspaceId: string,
  input: {
    assigneeId?: string | null | undefined;
    personId?: string | null | undefined;
    companyId?: string | null | undefined;
  },
) {
  const errors = await brokenReferences(tx, workspaceId, [
    { kind: 'member', path: '/assigneeId', id: input.assigneeId },
    { kind: 'person', path: '/personId', id: input.personId },
    { kind: 'company', path: '/companyId', id: input.companyId },
  ]);
  if (errors.length > 0)
    throw new AppError('validation_failed', 'The task points at something that does not exist.', { errors });
}
