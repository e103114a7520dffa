import type { Db } from '../../platform/db/connect.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { consumeChanges, type RecordChange } from '../../platform/events/consumers.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import { consentSubject } from '../consents/index.ts';
import { doneSubject } from '../tasks/index.ts';
import { derivedKey } from './timeline.rules.ts';

export const DERIVE_TIMELINE_JOB = 'timeline.derive';
/** Kinds of record whose changes become history entries. */
export const DERIVED_FROM = new Set(['person', 'order', 'ticket', 'task', 'consent_event']);

/**
 * Turns record changes into history entries: a lifecycle stage change, an order placed, a ticket
 * opened or changing status, a consent given or withdrawn, a task about a customer done. Each is
 * credited to whoever acted: the customer placed the order, asked in the ticket and gave or withdrew
 * the consent; the member who changed the stage, the ticket's status or finished the task did those
 * (Rapport itself only for changes nobody made, such as an automation's). Reads the change stream as
 * the consumer "timeline", so each change is turned into an entry exactly once (and each entry's
 * source_key makes a replay harmless).
 */
export async function deriveTimeline(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await consumeChanges(db, 'timeline', async (changes, tx) => {
      for (const change of changes) await derive(tx, change);
    });
    total += n;
    if (n === 0) return total;
  }
}

export const deriveTimelineJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: 600,
  async handler(_job, { db }) {
    await deriveTimeline(db);
  },
};

async function derive(tx: Tx, change: RecordChange): Promise<void> {
  const after = (field: string) => change.changes[field]?.[1];
  const before = (field: string) => change.changes[field]?.[0];
  if (change.objectType === 'person' && change.action === 'updated' && change.changes.lifecycle_stage) {
    await entry(tx, change, {
      type: 'stage_change',
      channel: 'system',
      subject: `Lifecycle stage: ${before('lifecycle_stage')} → ${after('lifecycle_stage')}`,
      personId: change.recordId,
      by: 'member',
      sourceKey: derivedKey('change', change.id),
      metadata: { from: before('lifecycle_stage'), to: after('lifecycle_stage') },
    });
  } else if (change.objectType === 'order' && change.action === 'created') {
    await entry(tx, change, {
      type: 'order',
      channel: 'web',
      direction: 'inbound',
      subject: `Order ${after('external_id')}: ${after('total')} ${after('currency')}`,
      personId: (after('person_id') as string | null) ?? null,
      companyId: (after('company_id') as string | null) ?? null,
      by: 'customer',
      orderId: change.recordId,
      occurredAt: String(after('ordered_at')),
      sourceKey: derivedKey('order', change.recordId),
      metadata: { number: after('external_id'), total: after('total'), currency: after('currency') },
    });
  } else if (change.objectType === 'ticket' && (change.action === 'created' || change.changes.status)) {
    const ticket = await tx
      .selectFrom('tickets')
      .select(['number', 'subject', 'requester_id', 'status'])
      .where('workspace_id', '=', change.workspaceId)
      .where('id', '=', change.recordId)
      .executeTakeFirst();
    if (!ticket) return;
    await entry(tx, change, {
      type: 'ticket',
      channel: 'system',
      subject:
        change.action === 'created'
          ? `Ticket #${ticket.number} opened: ${ticket.subject}`
          : `Ticket #${ticket.number} is now ${after('status')}`,
      personId: ticket.requester_id,
      by: change.action === 'created' ? 'customer' : 'member',
      ticketId: change.recordId,
      sourceKey: derivedKey('ticket', change.recordId, change.id),
      metadata: { status: after('status') ?? ticket.status },
    });
  } else if (change.objectType === 'consent_event' && change.action === 'created') {
    // Read now, not from the change: a merge may have moved the event to the person kept since.
    const consent = await tx
      .selectFrom('consent_events')
      .select(['person_id', 'purpose', 'channel', 'status', 'source', 'lawful_basis', 'occurred_at'])
      .where('workspace_id', '=', change.workspaceId)
      .where('id', '=', change.recordId)
      .executeTakeFirst();
    if (!consent) return;
    await entry(tx, change, {
      type: 'consent',
      channel: 'system',
      subject: consentSubject(consent),
      personId: consent.person_id,
      // A consent is the customer's act; another lawful basis (a contract, say) is the member's record.
      by: consent.lawful_basis === 'consent' ? 'customer' : 'member',
      occurredAt: consent.occurred_at.toISOString(),
      sourceKey: derivedKey('consent', change.recordId),
      metadata: {
        purpose: consent.purpose,
        channel: consent.channel,
        status: consent.status,
        source: consent.source,
      },
    });
  } else if (change.objectType === 'task' && after('status') === 'done') {
    // Read now, not from the change: a completion's change holds the status alone, not the title.
    const task = await tx
      .selectFrom('tasks')
      .select(['title', 'type', 'person_id', 'company_id', 'assignee_id'])
      .where('workspace_id', '=', change.workspaceId)
      .where('id', '=', change.recordId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!task || (!task.person_id && !task.company_id)) return;
    await entry(tx, change, {
      type: 'task',
      channel: 'system',
      subject: doneSubject(task.title),
      personId: task.person_id,
      companyId: task.company_id,
      by: 'member',
      sourceKey: derivedKey('task', change.recordId, change.id),
      metadata: { taskId: change.recordId, taskType: task.type, assigneeId: task.assignee_id },
    });
  }
}

async function entry(
  tx: Tx,
  change: RecordChange,
  e: {
    type: string;
    channel: string;
    direction?: string;
    subject: string;
    personId: string | null;
    companyId?: string | null;
    /** The customer the entry is about, or the member who made the change. */
    by: 'customer' | 'member';
    orderId?: string;
    ticketId?: string;
    occurredAt?: string;
    sourceKey: string;
    metadata: Record<string, unknown>;
  },
): Promise<void> {
  const occurredAt = e.occurredAt ? new Date(e.occurredAt) : change.occurredAt;
  const person = e.personId
    ? await tx
        .selectFrom('people')
        .select(['id', 'company_id'])
        .where('workspace_id', '=', change.workspaceId)
        .where('id', '=', e.personId)
        .executeTakeFirst()
    : undefined;
  const inserted = await tx
    .insertInto('activities')
    .values({
      workspace_id: change.workspaceId,
      type: e.type,
      channel: e.channel,
      direction: e.direction ?? null,
      occurred_at: occurredAt,
      subject: e.subject,
      ...actorOf(change, e.by === 'customer' ? person : undefined),
      company_id: e.companyId ?? person?.company_id ?? null,
      order_id: e.orderId ?? null,
      ticket_id: e.ticketId ?? null,
      source_key: e.sourceKey,
      metadata: JSON.stringify(e.metadata),
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'source_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted && person) {
    await tx
      .insertInto('activity_people')
      .values({
        workspace_id: change.workspaceId,
        activity_id: inserted.id,
        person_id: person.id,
        occurred_at: occurredAt,
      })
      .execute();
  }
}

function actorOf(change: RecordChange, customer: { id: string } | undefined) {
  if (customer) return { actor_type: 'person', actor_person_id: customer.id };
  if (change.actorType === 'user' && change.actorId)
    return { actor_type: 'user', actor_user_id: change.actorId };
  return { actor_type: 'system' };
}
