import { pageOf } from '../../platform/http/pagination.ts';
import { created, defineRoute, noContent, ok } from '../../platform/http/route.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import { listTasks } from './tasks.list.ts';
import { presentTask } from './tasks.present.ts';
import { CreateTaskBody, TaskListQuery, TaskSchema, UpdateTaskBody } from './tasks.schemas.ts';
import { createTask, deleteTask, findTask, updateTask } from './tasks.service.ts';

const TAG = 'Tasks';

const list = defineRoute({
  method: 'get',
  path: '/tasks',
  operationId: 'listTasks',
  summary: 'List tasks, soonest due first',
  description: 'Tasks without a due date come after every dated one. Only the tasks your role reaches.',
  tag: TAG,
  allow: can('tasks', 'read'),
  query: TaskListQuery,
  responses: { 200: { description: 'A page of tasks.', schema: pageOf(TaskSchema) } },
  async handler({ tx, principal, query }) {
    const { limit, cursor, sort, assignee, ...filter } = query;
    const assigneeId = assignee === 'me' ? principal.userId : assignee;
    const page = await listTasks(tx, actorOf(principal), { ...filter, assigneeId }, { limit, cursor, sort });
    return ok({ data: page.rows.map(presentTask), nextCursor: page.nextCursor });
  },
});

const create = defineRoute({
  method: 'post',
  path: '/tasks',
  operationId: 'createTask',
  summary: 'Create a task',
  tag: TAG,
  allow: can('tasks', 'create'),
  body: CreateTaskBody,
  responses: { 201: { description: 'Created.', schema: TaskSchema } },
  async handler({ tx, principal, body }) {
    const row = await createTask(tx, actorOf(principal), body);
    return created(presentTask(row), `/api/v1/tasks/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/tasks/{id}',
  operationId: 'getTask',
  summary: 'Get a task',
  tag: TAG,
  allow: can('tasks', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The task.', schema: TaskSchema } },
  async handler({ tx, principal, params }) {
    const row = await findTask(tx, actorOf(principal), params.id);
    return ok(presentTask(row), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/tasks/{id}',
  operationId: 'updateTask',
  summary: 'Update, complete or reopen a task',
  description: 'Only the fields sent change. `status: done` records when; `status: open` clears it.',
  tag: TAG,
  allow: can('tasks', 'update'),
  params: IdParams,
  body: UpdateTaskBody,
  responses: { 200: { description: 'Updated.', schema: TaskSchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const row = await updateTask(tx, actorOf(principal), params.id, body, ifMatch);
    return ok(presentTask(row), row.version);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/tasks/{id}',
  operationId: 'deleteTask',
  summary: 'Delete a task',
  tag: TAG,
  allow: can('tasks', 'delete'),
  params: IdParams,
  responses: { 204: { description: 'Deleted.' } },
  async handler({ tx, principal, params, ifMatch }) {
    await deleteTask(tx, actorOf(principal), params.id, ifMatch);
    return noContent();
  },
});

export const taskRoutes = [list, create, get, update, remove];
