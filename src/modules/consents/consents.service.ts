import { sql } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { type Actor, visibleOwners } from '../access/index.ts';
import { displayName, findPerson } from '../people/index.ts';
import {
  type Channel,
  type ConsentInput,
  type ConsentStatus,
  consentErrors,
  foldConsents,
} from './consents.rules.ts';

function eventQuery(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('consent_events')
    .select([
      'id',
      'person_id',
      'purpose',
      'channel',
      'status',
      'lawful_basis',
      'source',
      'evidence',
      'occurred_at',
      'recorded_by',
      'created_at',
    ])
    .where('workspace_id', '=', workspaceId);
}
type EventRow = Awaited<ReturnType<ReturnType<typeof eventQuery>['executeTakeFirstOrThrow']>>;
export type ConsentEventRow = EventRow & { occurredAt: Date };

const withTime = (row: EventRow): ConsentEventRow => ({ ...row, occurredAt: row.occurred_at });

/** A person's ledger, newest first, and the current state it amounts to. */
export async function consentsOf(tx: Tx, actor: Actor, personId: string) {
  await findPerson(tx, actor, personId);
  const rows = await eventQuery(tx, actor.workspaceId)
    .where('person_id', '=', personId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const history = rows.map(withTime);
  return { current: foldConsents(history), history };
}

/**
 * Appends one event to a person's ledger. Whoever may change the person may record what they said;
 * an event the ledger cannot take (a bad purpose, a date to come) is a validation problem naming the
 * fields.
 */
export async function recordConsent(
  tx: Tx,
  actor: Actor,
  personId: string,
  input: ConsentInput & { source?: string | undefined },
  now = new Date(),
): Promise<ConsentEventRow> {
  await findPerson(tx, actor, personId, 'update');
  const errors = consentErrors(input, now);
  if (errors.length > 0)
    throw new AppError('validation_failed', 'The ledger cannot take this event.', { errors });
  const row = await tx
    .insertInto('consent_events')
    .values({
      workspace_id: actor.workspaceId,
      person_id: personId,
      purpose: input.purpose,
      channel: input.channel as Channel,
      status: input.status as ConsentStatus,
      lawful_basis: (input.lawfulBasis ?? 'consent') as never,
      source: (input.source ?? 'manual') as never,
      evidence: input.evidence ?? null,
      occurred_at: input.occurredAt ?? now,
      recorded_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return withTime(await eventQuery(tx, actor.workspaceId).where('id', '=', row.id).executeTakeFirstOrThrow());
}

const CursorSchema = z.object({ p: z.uuid() });

function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = CursorSchema.safeParse(parsed);
  if (!result.success)
    throw new AppError('validation_failed', 'The cursor is not valid.', {
      errors: [{ path: '/query/cursor', message: 'Not a cursor from this list.' }],
    });
  return result.data.p;
}

export interface HolderQuery {
  purpose: string;
  channel: Channel;
  status?: ConsentStatus | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * People's current state for one purpose and channel, in person-id order (keyset pages). A person's
 * state is their latest event on the channel or on `any`, as in foldConsents.
 */
export async function listConsentHolders(tx: Tx, actor: Actor, query: HolderQuery) {
  const after = decodeCursor(query.cursor);
  const channels: Channel[] = query.channel === 'any' ? ['any'] : [query.channel, 'any'];
  const owners = await visibleOwners(tx, actor, 'people', 'read');
  if (owners !== 'all' && owners.size === 0) return { rows: [], nextCursor: null };
  const ws = actor.workspaceId;
  // An event decides a person's state when no later event of theirs is on the same purpose and
  // channels. Written as an anti-join, not DISTINCT ON, so the status test is on the table's own
  // column: the planner then walks consent_events_purpose in person order and stops at the page's
  // end, where DISTINCT ON made it read and sort every event of the purpose first.
  let select = tx
    .selectFrom('consent_events as e')
    .innerJoin('people as p', (j) => j.on('p.workspace_id', '=', ws).onRef('p.id', '=', 'e.person_id'))
    .select([
      'e.person_id',
      'e.id',
      'e.channel',
      'e.status',
      'e.lawful_basis',
      'e.source',
      'e.occurred_at',
      'p.first_name',
      'p.last_name',
      'p.email',
      'p.phone',
    ])
    .where('e.workspace_id', '=', ws)
    .where('e.purpose', '=', query.purpose)
    .where('e.channel', 'in', channels)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('consent_events as l')
            .select('l.id')
            .where('l.workspace_id', '=', ws)
            .whereRef('l.person_id', '=', 'e.person_id')
            .whereRef('l.purpose', '=', 'e.purpose')
            .where('l.channel', 'in', channels)
            .where(sql<boolean>`(l.occurred_at, l.id) > (e.occurred_at, e.id)`),
        ),
      ),
    )
    .where('p.deleted_at', 'is', null)
    .orderBy('e.person_id')
    .limit(query.limit + 1);
  // On both sides: the planner does not carry an inequality across the join's equality.
  if (after) select = select.where('e.person_id', '>', after).where('p.id', '>', after);
  if (query.status) select = select.where('e.status', '=', query.status);
  if (owners !== 'all') select = select.where('p.owner_id', 'in', [...owners]);
  const rows = await select.execute();
  const more = rows.length > query.limit;
  if (more) rows.pop();
  const last = rows.at(-1);
  return {
    rows: rows.map((r) => ({
      personId: r.person_id,
      personName: displayName(r),
      purpose: query.purpose,
      channel: query.channel,
      status: r.status,
      since: r.occurred_at,
      lawfulBasis: r.lawful_basis,
      source: r.source,
      eventId: r.id,
      viaAny: r.channel !== query.channel,
    })),
    nextCursor:
      more && last ? Buffer.from(JSON.stringify({ p: last.person_id })).toString('base64url') : null,
  };
}
