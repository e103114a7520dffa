import { sql } from 'kysely';
import { presentColumns } from '../../platform/db/columns.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor, softDelete } from '../../platform/db/versioning.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { brokenReferences } from '../../platform/query/references.ts';
import { type Actor, assertMay } from '../access/index.ts';
import { findPerson } from '../people/index.ts';
import { notifyMentions } from './mentions.ts';
import {
  type ActivityType,
  contactSql,
  DEFAULT_CHANNEL,
  isContact,
  isDerived,
  mentionsOf,
  sanitizeNote,
  textOf,
} from './timeline.rules.ts';

export interface NewActivity {
  type: ActivityType;
  channel?: string | undefined;
  direction?: string | null | undefined;
  occurredAt?: string | undefined;
  subject?: string | null | undefined;
  body?: string | null | undefined;
  bodyHtml?: string | null | undefined;
  personIds: string[];
  companyId?: string | null | undefined;
  dealId?: string | null | undefined;
  ticketId?: string | null | undefined;
  orderId?: string | null | undefined;
  metadata?: Record<string, unknown> | undefined;
  /** For entries derived from another record: deriving twice never doubles them. */
  sourceKey?: string | undefined;
  actorPersonId?: string | undefined;
}

interface PersonName {
  id: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  deleted: boolean;
}

export function activityQuery(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('activities as a')
    .select([
      'a.id',
      'a.type',
      'a.channel',
      'a.direction',
      'a.occurred_at',
      'a.subject',
      'a.body',
      'a.body_html',
      'a.actor_type',
      'a.actor_user_id',
      'a.actor_person_id',
      'a.company_id',
      'a.deal_id',
      'a.ticket_id',
      'a.order_id',
      'a.source_key',
      'a.metadata',
      'a.created_at',
      'a.updated_at',
      'a.version',
      // The people it concerns, named, so a company's history says with whom; deleted ones are
      // flagged: they stay among its people (personIds) but are not named. One read of activity_people.
      sql<
        PersonName[]
      >`coalesce((SELECT json_agg(json_build_object('id', ap.person_id, 'first_name', p.first_name,
          'last_name', p.last_name, 'email', p.email, 'phone', p.phone,
          'deleted', p.id IS NULL OR p.deleted_at IS NOT NULL) ORDER BY ap.person_id)
        FROM activity_people ap LEFT JOIN people p ON p.workspace_id = ap.workspace_id AND p.id = ap.person_id
        WHERE ap.workspace_id = a.workspace_id AND ap.activity_id = a.id), '[]')`.as('people'),
      // The customer who acted (an inbound mail, a form, an order), named so a company's history says
      // who; as above, a deleted one is not named.
      sql<Omit<PersonName, 'id'> | null>`(
        SELECT json_build_object('first_name', p.first_name, 'last_name', p.last_name, 'email', p.email, 'phone', p.phone)
        FROM people p WHERE p.workspace_id = a.workspace_id AND p.id = a.actor_person_id AND p.deleted_at IS NULL)`.as(
        'actor_person',
      ),
      sql<
        { id: string; filename: string; contentType: string; size: number }[]
      >`coalesce((SELECT json_agg(json_build_object(
        'id', f.id, 'filename', f.filename, 'contentType', f.content_type, 'size', f.size_bytes) ORDER BY f.created_at)
        FROM attachments f WHERE f.workspace_id = a.workspace_id AND f.activity_id = a.id), '[]')`.as(
        'attachments',
      ),
    ])
    .where('a.workspace_id', '=', workspaceId)
    .where('a.deleted_at', 'is', null);
}
export type ActivityRow = Awaited<ReturnType<ReturnType<typeof activityQuery>['executeTakeFirstOrThrow']>>;

/** Everyone an entry concerns, deleted people too, ordered by id. */
export const personIdsOf = (row: Pick<ActivityRow, 'people'>) => row.people.map((person) => person.id);

export async function findActivity(tx: Tx, actor: Actor, id: string, action: ReadFor = 'read') {
  const row = await activityQuery(tx, actor.workspaceId)
    .where('a.id', '=', id)
    .$if(locks(action), (q) => q.forUpdate('a'))
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such activity.');
  await assertMay(tx, actor, 'activities', action, row.actor_user_id, 'activity');
  if (action !== 'read' && isDerived(row.source_key))
    throw new AppError(
      'conflict',
      'This entry follows the record it comes from: change that record instead.',
    );
  return row;
}

/**
 * Records an interaction in the history of every person it concerns (and their company). An e-mail,
 * call, meeting or chat with a direction also moves the people's "last contacted" forward.
 */
export async function createActivity(
  tx: Tx,
  actor: Actor,
  input: NewActivity,
  mail?: { publicUrl: string; mailDomain: string },
) {
  const errors: FieldError[] = [];
  const people: { id: string; company_id: string | null }[] = [];
  for (const [i, personId] of [...new Set(input.personIds)].entries()) {
    try {
      people.push(await findPerson(tx, actor, personId));
    } catch {
      errors.push({ path: `/personIds/${i}`, message: 'No such person.' });
    }
  }
  const companyId = input.companyId === undefined ? (people[0]?.company_id ?? null) : input.companyId;
  errors.push(
    ...(await brokenReferences(tx, actor.workspaceId, [
      { kind: 'company', path: '/companyId', id: companyId },
    ])),
  );
  if (people.length === 0 && !companyId)
    errors.push({ path: '/personIds', message: 'Say whom it concerns: people or a company.' });
  if (errors.length > 0) throw new AppError('validation_failed', 'The activity is not valid.', { errors });

  const html = input.bodyHtml ? sanitizeNote(input.bodyHtml) : null;
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
  const actorUserId = input.actorPersonId ? null : actor.userId;
  const inserted = await tx
    .insertInto('activities')
    .values({
      workspace_id: actor.workspaceId,
      type: input.type,
      channel: input.channel ?? DEFAULT_CHANNEL[input.type],
      direction: input.direction ?? null,
      occurred_at: occurredAt,
      subject: input.subject ?? null,
      body: html ? textOf(html) : (input.body ?? null),
      body_html: html,
      actor_type: input.actorPersonId ? 'person' : actor.userId ? 'user' : 'system',
      actor_user_id: actorUserId,
      actor_person_id: input.actorPersonId ?? null,
      company_id: companyId,
      deal_id: input.dealId ?? null,
      ticket_id: input.ticketId ?? null,
      order_id: input.orderId ?? null,
      source_key: input.sourceKey ?? null,
      metadata: JSON.stringify(input.metadata ?? {}),
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'source_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const existing = await tx
      .selectFrom('activities')
      .select('id')
      .where('workspace_id', '=', actor.workspaceId)
      .where('source_key', '=', input.sourceKey ?? '')
      .executeTakeFirstOrThrow();
    return findActivity(tx, actor, existing.id);
  }
  if (people.length > 0) {
    await tx
      .insertInto('activity_people')
      .values(
        people.map((p) => ({
          workspace_id: actor.workspaceId,
          activity_id: inserted.id,
          person_id: p.id,
          occurred_at: occurredAt,
        })),
      )
      .execute();
  }
  if (isContact(input.type, input.direction ?? null) && people.length > 0) {
    await markContacted(
      tx,
      actor.workspaceId,
      people.map((p) => p.id),
      occurredAt,
      actorUserId,
    );
  }
  if (html && mail)
    await notifyMentions(
      tx,
      actor,
      {
        activityId: inserted.id,
        mentioned: mentionsOf(html),
        text: textOf(html),
        personIds: people.map((p) => p.id),
        companyId,
      },
      mail,
    );
  return findActivity(tx, actor, inserted.id);
}

/**
 * Who on the team was last in touch, and when, as the latest contact says: its time, and the member who
 * acted in it (none when the customer reached out). The latest is the greatest (time, id): at equal
 * times the later-logged entry, as far as uuidv7 ids tell (to the millisecond). One rule for a new entry
 * (here) and for one deleted, re-dated or moved by a merge (refreshLastContact).
 *
 * A new contact later than a person's last one is theirs at once. At the same time as it, the history
 * decides, as refreshLastContact would: an id drawn in the same millisecond may sort either way.
 *
 * Derived, not edited by anyone: no version bump, and the audit trigger ignores these columns.
 */
async function markContacted(tx: Tx, workspaceId: string, personIds: string[], at: Date, by: string | null) {
  const later = await tx
    .updateTable('people')
    .set({ last_contacted_at: at, last_contacted_by: by })
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', personIds)
    .where((eb) => eb.or([eb('last_contacted_at', 'is', null), eb('last_contacted_at', '<', at)]))
    .executeTakeFirst();
  if (Number(later.numUpdatedRows) === personIds.length) return;
  const tied = await tx
    .selectFrom('people')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', personIds)
    .where('last_contacted_at', '=', at)
    .execute();
  await refreshLastContact(
    tx,
    workspaceId,
    tied.map((person) => person.id),
  );
}

/** The last contact of these people worked out again from the contacts of theirs that remain. */
export async function refreshLastContact(tx: Tx, workspaceId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return;
  // Their rows first: a contact being logged holds the row it moved forward, and the UPDATE below, a
  // statement of its own, then reads after that contact commits (READ COMMITTED). Worked out by the
  // statement that waited for the row, it would write what was there before the contact.
  await sql`SELECT 1 FROM people WHERE workspace_id = ${workspaceId} AND id = ANY(${[...personIds]}::uuid[])
    ORDER BY id FOR UPDATE`.execute(tx);
  await sql`
    UPDATE people p SET last_contacted_at = latest.occurred_at, last_contacted_by = latest.actor_user_id
    FROM unnest(${[...personIds]}::uuid[]) AS named(person_id)
    LEFT JOIN LATERAL (
      SELECT a.occurred_at, a.actor_user_id
      FROM activity_people theirs
      JOIN activities a ON a.workspace_id = theirs.workspace_id AND a.id = theirs.activity_id
      WHERE theirs.workspace_id = ${workspaceId} AND theirs.person_id = named.person_id
        AND a.deleted_at IS NULL AND ${contactSql('a')}
      ORDER BY theirs.occurred_at DESC, theirs.activity_id DESC
      LIMIT 1
    ) latest ON true
    WHERE p.workspace_id = ${workspaceId} AND p.id = named.person_id`.execute(tx);
}

export async function updateActivity(
  tx: Tx,
  actor: Actor,
  id: string,
  change: {
    subject?: string | null | undefined;
    body?: string | null | undefined;
    bodyHtml?: string | null | undefined;
    occurredAt?: string | undefined;
  },
  expectedVersion: number | undefined,
  mail?: { publicUrl: string; mailDomain: string },
) {
  const current = await findActivity(tx, actor, id, 'update');
  assertVersion(expectedVersion, current.version, 'activity');
  const html = change.bodyHtml ? sanitizeNote(change.bodyHtml) : change.bodyHtml;
  await tx
    .updateTable('activities')
    .set({
      ...presentColumns('activities', change, { subject: 'subject' }),
      ...(html !== undefined
        ? { body_html: html, body: html ? textOf(html) : null }
        : change.body !== undefined
          ? { body: change.body }
          : {}),
      ...(change.occurredAt !== undefined ? { occurred_at: new Date(change.occurredAt) } : {}),
      ...bumped(),
    })
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', id)
    .execute();
  if (change.occurredAt !== undefined) {
    await tx
      .updateTable('activity_people')
      .set({ occurred_at: new Date(change.occurredAt) })
      .where('workspace_id', '=', actor.workspaceId)
      .where('activity_id', '=', id)
      .execute();
    if (isContact(current.type, current.direction))
      await refreshLastContact(tx, actor.workspaceId, personIdsOf(current));
  }
  if (html && mail) {
    // Those the note mentioned before were told then; only those it now mentions anew are.
    const before = new Set(mentionsOf(current.body_html ?? ''));
    await notifyMentions(
      tx,
      actor,
      {
        activityId: id,
        mentioned: mentionsOf(html).filter((userId) => !before.has(userId)),
        text: textOf(html),
        personIds: personIdsOf(current),
        companyId: current.company_id,
      },
      mail,
    );
  }
  return findActivity(tx, actor, id);
}

export async function deleteActivity(tx: Tx, actor: Actor, id: string, expectedVersion: number | undefined) {
  const current = await findActivity(tx, actor, id, 'delete');
  assertVersion(expectedVersion, current.version, 'activity');
  await softDelete(tx, 'activities', actor.workspaceId, id);
  if (isContact(current.type, current.direction))
    await refreshLastContact(tx, actor.workspaceId, personIdsOf(current));
}
