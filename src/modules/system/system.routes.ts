import { z } from 'zod';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { defineRoute, everyone, ok } from '../../platform/http/route.ts';
import { Id, IdParams, iso, Timestamp } from '../../platform/http/schemas.ts';
import { can, PERMISSIONS, ROLES } from '../access/index.ts';
import { GrantSchema, RoleSchema } from '../account/account.present.ts';
import {
  getJob,
  getOutboxMessage,
  listJobs,
  listOutbox,
  resendOutboxMessage,
  retryJob,
} from './system.service.ts';

const JobState = z.enum(['queued', 'running', 'succeeded', 'dead']);
const MailStatus = z.enum(['held', 'queued', 'sent', 'failed']);
const JobParams = z.object({ id: z.string().regex(/^\d{1,18}$/) });
const isoOrNull = (d: Date | null) => (d ? iso(d) : null);

const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    state: JobState,
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    lastError: z.string().nullable(),
    runAt: Timestamp,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    finishedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Job' });

type JobRow = Awaited<ReturnType<typeof getJob>>;
const presentJob = (row: JobRow): z.infer<typeof JobSchema> => ({
  id: row.id,
  kind: row.kind,
  state: row.state,
  attempts: row.attempts,
  maxAttempts: row.max_attempts,
  lastError: row.last_error,
  runAt: iso(row.run_at),
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  finishedAt: isoOrNull(row.finished_at),
});

const MessageSchema = z
  .object({
    id: Id,
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    status: MailStatus,
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    messageId: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    sentAt: Timestamp.nullable(),
    text: z.string().optional(),
    html: z.string().nullable().optional(),
  })
  .meta({ id: 'OutboxMessage' });

type MessageRow = Awaited<ReturnType<typeof getOutboxMessage>>;
const presentMessage = (row: Omit<MessageRow, 'text_body' | 'html_body'> & Partial<MessageRow>) => ({
  id: row.id,
  kind: row.kind,
  to: row.to_address,
  subject: row.subject,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  messageId: row.message_id,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  sentAt: isoOrNull(row.sent_at),
  ...(row.text_body !== undefined ? { text: row.text_body, html: row.html_body ?? null } : {}),
});

const listJobsRoute = defineRoute({
  method: 'get',
  path: '/jobs',
  operationId: 'listJobs',
  summary: 'List background jobs of the workspace',
  description:
    'Imports, mail, webhooks and other work that runs in the background; `state=dead` lists the dead letters.',
  tag: 'Jobs',
  allow: can('settings', 'read'),
  query: PageQuery.extend({ state: JobState.optional() }),
  responses: { 200: { description: 'Newest first.', schema: pageOf(JobSchema) } },
  async handler({ tx, principal, query }) {
    const page = await listJobs(tx, { workspaceId: principal.workspaceId, ...query, cursor: query.cursor });
    return ok({ data: page.rows.map(presentJob), nextCursor: page.nextCursor });
  },
});

const getJobRoute = defineRoute({
  method: 'get',
  path: '/jobs/{id}',
  operationId: 'getJob',
  summary: 'Get a background job',
  tag: 'Jobs',
  allow: can('settings', 'read'),
  params: JobParams,
  responses: { 200: { description: 'The job.', schema: JobSchema } },
  async handler({ tx, principal, params }) {
    return ok(presentJob(await getJob(tx, principal.workspaceId, params.id)));
  },
});

const retryJobRoute = defineRoute({
  method: 'post',
  path: '/jobs/{id}/retry',
  operationId: 'retryJob',
  summary: 'Retry a dead job',
  tag: 'Jobs',
  allow: can('settings', 'update'),
  params: JobParams,
  responses: { 200: { description: 'Queued again.', schema: JobSchema } },
  async handler({ tx, principal, params }) {
    return ok(presentJob(await retryJob(tx, principal.workspaceId, params.id)));
  },
});

const listOutboxRoute = defineRoute({
  method: 'get',
  path: '/outbox-messages',
  operationId: 'listOutboxMessages',
  summary: 'List e-mails the workspace sent or holds',
  description: 'Without SMTP_URL, messages are held here instead of sent; nothing is lost.',
  tag: 'Outbox',
  allow: can('settings', 'read'),
  query: PageQuery.extend({ status: MailStatus.optional() }),
  responses: { 200: { description: 'Newest first.', schema: pageOf(MessageSchema) } },
  async handler({ tx, principal, query }) {
    const page = await listOutbox(tx, { workspaceId: principal.workspaceId, ...query, cursor: query.cursor });
    return ok({ data: page.rows.map(presentMessage), nextCursor: page.nextCursor });
  },
});

const getOutboxRoute = defineRoute({
  method: 'get',
  path: '/outbox-messages/{id}',
  operationId: 'getOutboxMessage',
  summary: 'Get an e-mail with its body',
  tag: 'Outbox',
  allow: can('settings', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The message.', schema: MessageSchema } },
  async handler({ tx, principal, params }) {
    return ok(presentMessage(await getOutboxMessage(tx, principal.workspaceId, params.id)));
  },
});

const resendRoute = defineRoute({
  method: 'post',
  path: '/outbox-messages/{id}/send',
  operationId: 'sendOutboxMessage',
  summary: 'Send a held or failed e-mail again',
  tag: 'Outbox',
  allow: can('settings', 'update'),
  params: IdParams,
  responses: { 200: { description: 'Queued for sending.', schema: MessageSchema } },
  async handler({ tx, principal, params }) {
    return ok(presentMessage(await resendOutboxMessage(tx, principal.workspaceId, params.id)));
  },
});

const rolesRoute = defineRoute({
  method: 'get',
  path: '/roles',
  operationId: 'listRoles',
  summary: 'What each role may do',
  tag: 'Users',
  allow: everyone,
  responses: {
    200: {
      description: 'Every role with its permissions per kind of record.',
      schema: z.object({
        data: z.array(z.object({ role: RoleSchema, permissions: z.record(z.string(), GrantSchema) })),
      }),
    },
  },
  async handler() {
    return ok({ data: ROLES.map((role) => ({ role, permissions: PERMISSIONS[role] })) });
  },
});

export const systemRoutes = [
  listJobsRoute,
  getJobRoute,
  retryJobRoute,
  listOutboxRoute,
  getOutboxRoute,
  resendRoute,
  rolesRoute,
];
