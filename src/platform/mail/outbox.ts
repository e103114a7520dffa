import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/transaction.ts';
import { enqueue } from '../jobs/queue.ts';

export interface OutgoingMail {
  /** Null for account mail that belongs to no workspace (password reset). */
  workspaceId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export const SEND_MAIL_JOB = 'mail.send';

/**
 * Puts a message in the outbox, in the caller's transaction, and schedules its delivery. The message
 * exists if and only if the change that produced it committed; nothing is sent for a rolled-back one.
 */
export async function queueMail(tx: Tx, mail: OutgoingMail, domain: string): Promise<string> {
  const row = await tx
    .insertInto('outbox_messages')
    .values({
      workspace_id: mail.workspaceId,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      // Stable across retries, so a receiving server can drop a duplicate after a crash mid-send.
      message_id: `<${randomUUID()}@${domain}>`,
      status: 'queued',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await enqueue(tx, {
    kind: SEND_MAIL_JOB,
    workspaceId: mail.workspaceId,
    payload: { messageId: row.id },
    maxAttempts: 8,
  });
  return row.id;
}
