import { z } from 'zod';
import { PageQuery, sortParam } from '../../platform/http/pagination.ts';
import { Id, Named, Timestamp } from '../../platform/http/schemas.ts';
import { MAX_NOTES, MAX_TITLE, TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES } from './tasks.rules.ts';

const Title = z.string().trim().min(1, 'Required.').max(MAX_TITLE);

/** What a client may write; everything optional so PATCH uses it as is, POST requires a title. */
export const TaskInput = z.strictObject({
  title: Title.optional(),
  notes: z.string().max(MAX_NOTES).nullish().meta({ description: 'Plain text.' }),
  type: z.enum(TASK_TYPES).optional(),
  priority: z.enum(TASK_PRIORITIES).optional(),
  status: z
    .enum(TASK_STATUSES)
    .optional()
    .meta({ description: '`done` sets `completedAt`; `open` again clears it.' }),
  dueAt: Timestamp.nullish(),
  assigneeId: Id.nullish().meta({ description: 'A member of the workspace; on create, you unless given.' }),
  personId: Id.nullish(),
  companyId: Id.nullish(),
});
export type TaskInput = z.infer<typeof TaskInput>;

export const CreateTaskBody = TaskInput.extend({ title: Title }).meta({
  example: {
    title: 'Call back about the renewal',
    type: 'call',
    priority: 'high',
    dueAt: '2026-12-01T09:00:00.000Z',
  },
});
export const UpdateTaskBody = TaskInput.meta({ example: { status: 'done' } });

export const TaskListQuery = PageQuery.extend({
  sort: sortParam(['dueAt'], 'dueAt'),
  assignee: z
    .union([z.literal('me'), Id])
    .optional()
    .meta({ description: 'A member’s id, or `me`.' }),
  personId: Id.optional(),
  companyId: Id.optional(),
  status: z.enum(TASK_STATUSES).optional(),
  dueBefore: Timestamp.optional().meta({ description: 'Only tasks due before this moment.' }),
});

const Party = Named.nullable();

export const TaskSchema = z
  .object({
    id: Id,
    title: z.string(),
    notes: z.string().nullable(),
    type: z.enum(TASK_TYPES),
    priority: z.enum(TASK_PRIORITIES),
    status: z.enum(TASK_STATUSES),
    dueAt: Timestamp.nullable(),
    completedAt: Timestamp.nullable(),
    assigneeId: Id.nullable(),
    personId: Id.nullable(),
    person: Party.meta({ description: 'The person it concerns, while they exist.' }),
    companyId: Id.nullable(),
    company: Party.meta({ description: 'The company it concerns, while it exists.' }),
    createdBy: Id.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Task' });
export type TaskJson = z.infer<typeof TaskSchema>;
