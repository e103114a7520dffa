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
 * a well-formed event the ledger cannot take (a bad purpose, a date to come) is 422.
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
    throw new AppError('unprocessable', 'The ledger cannot take this event.', { errors });
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
 * People's current state for one purpose and channel, in person-id order (keyset pages). Each
 * person's deciding event is the first of their range in consent_events_purpose (the channel's own
 * or `any`, as in foldConsents), so a page reads about as many index entries as it shows events.
 */
export async function listConsentHolders(tx: Tx, actor: Actor, query: HolderQuery) {
  const after = decodeCursor(query.cursor);
  const channels = query.channel === 'any' ? ['any'] : [query.channel, 'any'];
  const owners = await visibleOwners(tx, actor, 'people', 'read');
  if (owners !== 'all' && owners.size === 0) return { rows: [], nextCursor: null };
  let latest = tx
    .selectFrom('consent_events')
    .distinctOn('person_id')
    .select(['person_id', 'id', 'channel', 'status', 'lawful_basis', 'source', 'occurred_at'])
    .where('workspace_id', '=', actor.workspaceId)
    .where('purpose', '=', query.purpose)
    .where('channel', 'in', channels as Channel[])
    .orderBy('person_id')
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc');
  if (after) latest = latest.where('person_id', '>', after);
  let select = tx
    .selectFrom(latest.as('c'))
    .innerJoin('people as p', (j) =>
      j.on('p.workspace_id', '=', actor.workspaceId).onRef('p.id', '=', 'c.person_id'),
    )
    .select([
      'c.person_id',
      'c.id',
      'c.channel',
      'c.status',
      'c.lawful_basis',
      'c.source',
      'c.occurred_at',
      'p.first_name',
      'p.last_name',
      'p.email',
      'p.phone',
    ])
    .where('p.deleted_at', 'is', null)
    .orderBy('c.person_id')
    .limit(query.limit + 1);
  if (query.status) select = select.where('c.status', '=', query.status);
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
