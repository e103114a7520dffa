import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { SEND_MAIL_JOB } from '../../platform/mail/outbox.ts';

type JobState = 'queued' | 'running' | 'succeeded' | 'dead';
type MailStatus = 'held' | 'queued' | 'sent' | 'failed';

const JOB_COLUMNS = [
  'id',
  'kind',
  'state',
  'attempts',
  'max_attempts',
  'last_error',
  'run_at',
  'created_at',
  'updated_at',
  'finished_at',
] as const;

export function listJobs(
  tx: Tx,
  input: { workspaceId: string; state?: JobState | undefined; limit: number; cursor: string | undefined },
) {
  let query = tx.selectFrom('jobs').select(JOB_COLUMNS).where('workspace_id', '=', input.workspaceId);
  if (input.state) query = query.where('state', '=', input.state);
  return fetchPage(query, {
    limit: input.limit,
    cursor: input.cursor,
    sort: '-id',
    columns: { id: 'id' },
    idColumn: 'id',
  });
}

export async function getJob(tx: Tx, workspaceId: string, id: string) {
  const row = await tx
    .selectFrom('jobs')
    .select(JOB_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id as never)
    .executeTakeFirst();
  if (!row) throw notFound('job');
  return row;
}

/** Gives a dead job a fresh set of attempts. */
export async function retryJob(tx: Tx, workspaceId: string, id: string) {
  const job = await getJob(tx, workspaceId, id);
  if (job.state !== 'dead') throw conflict('Only dead jobs can be retried; this one is still in the queue.');
  await tx
    .updateTable('jobs')
    .set({ state: 'queued', attempts: 0, run_at: sql`now()`, finished_at: null, updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id as never)
    .execute();
  await sql`SELECT pg_notify('rapport_jobs', '')`.execute(tx);
  return getJob(tx, workspaceId, id);
}

const MAIL_COLUMNS = [
  'id',
  'kind',
  'to_address',
  'subject',
  'status',
  'attempts',
  'last_error',
  'message_id',
  'created_at',
  'updated_at',
  'sent_at',
] as const;

export function listOutbox(
  tx: Tx,
  input: { workspaceId: string; status?: MailStatus | undefined; limit: number; cursor: string | undefined },
) {
  let query = tx
    .selectFrom('outbox_messages')
    .select(MAIL_COLUMNS)
    .where('workspace_id', '=', input.workspaceId);
  if (input.status) query = query.where('status', '=', input.status);
  return fetchPage(query, {
    limit: input.limit,
    cursor: input.cursor,
    sort: '-createdAt',
    columns: { createdAt: 'created_at' },
    idColumn: 'id',
  });
}

export async function getOutboxMessage(tx: Tx, workspaceId: string, id: string) {
  const row = await tx
    .selectFrom('outbox_messages')
    .select([...MAIL_COLUMNS, 'text_body', 'html_body'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('message');
  return row;
}

/** Sends a held or failed message again (after SMTP_URL was set, or the server came back). */
export async function resendOutboxMessage(tx: Tx, workspaceId: string, id: string) {
  const message = await getOutboxMessage(tx, workspaceId, id);
  if (message.status === 'sent' || message.status === 'queued') {
    throw conflict(`This message is ${message.status}; only held or failed messages are sent again.`);
  }
  await tx
    .updateTable('outbox_messages')
    .set({ status: 'queued', last_error: null, updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
  await enqueue(tx, { kind: SEND_MAIL_JOB, workspaceId, payload: { messageId: id }, maxAttempts: 8 });
  return getOutboxMessage(tx, workspaceId, id);
}
