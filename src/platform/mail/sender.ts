import nodemailer from 'nodemailer';
import type { Db } from '../db/connect.ts';
import type { JobDefinition } from '../jobs/runner.ts';

export type Transport = { send(message: MailMessage): Promise<void> };

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | undefined;
  messageId: string;
}

export function smtpTransport(smtpUrl: string): Transport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transporter.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        messageId: message.messageId,
      });
    },
  };
}

/**
 * Delivers one outbox message. Without a transport the message is held, visible in Settings, and
 * nothing is lost. A message already sent is never sent again.
 */
export function sendMailJob(transport: Transport | undefined, from: string): JobDefinition {
  return {
    mode: 'external',
    timeoutSeconds: 120,
    async handler(job, { db }) {
      const id = String(job.payload.messageId);
      const message = await load(db, id);
      if (!message || message.status === 'sent') return;
      if (!transport) {
        await mark(db, id, { status: 'held' });
        return;
      }
      try {
        await transport.send({
          from,
          to: message.to_address,
          subject: message.subject,
          text: message.text_body,
          html: message.html_body ?? undefined,
          messageId: message.message_id,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await mark(db, id, {
          status: job.attempt >= 8 ? 'failed' : 'queued',
          last_error: reason.slice(0, 2000),
        });
        throw error;
      }
      await mark(db, id, { status: 'sent', sent_at: new Date(), last_error: null });
    },
  };
}

function load(db: Db, id: string) {
  return db.kysely
    .selectFrom('outbox_messages')
    .select(['to_address', 'subject', 'text_body', 'html_body', 'message_id', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

async function mark(
  db: Db,
  id: string,
  values: { status: 'held' | 'queued' | 'sent' | 'failed'; last_error?: string | null; sent_at?: Date },
): Promise<void> {
  await db.kysely
    .updateTable('outbox_messages')
    .set((eb) => ({ ...values, attempts: eb('attempts', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .execute();
}
