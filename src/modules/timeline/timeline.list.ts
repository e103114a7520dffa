import { type AliasedSelectQueryBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { type Actor, assertMay } from '../access/index.ts';
import { type ActivityRow, activityQuery } from './timeline.service.ts';

interface Page {
  limit: number;
  cursor: string | undefined;
  types?: string[] | undefined;
}

type RecordOwner = AliasedSelectQueryBuilder<{ record_owner_id: string | null }, 'r'>;

/**
 * A person's history, newest first. The index on activity_people (workspace, person, occurred_at
 * DESC, activity) is walked in order and each entry fetched once, until the page is full: the latest
 * 50 entries are one range scan, and the cursor (occurred_at, id) makes every later page the same.
 * The person and the page come back in one statement: a history is read on every visit of a
 * customer page, and each round trip costs more than the scan.
 */
export async function personTimeline(tx: Tx, actor: Actor, personId: string, page: Page) {
  const after = decode(page.cursor);
  let entries = activityQuery(tx, actor.workspaceId)
    .innerJoin('activity_people as k', (j) =>
      j.onRef('k.workspace_id', '=', 'a.workspace_id').onRef('k.activity_id', '=', 'a.id'),
    )
    .select(sql<string>`k.occurred_at::text`.as('at'))
    .where('k.workspace_id', '=', actor.workspaceId)
    .where('k.person_id', '=', personId)
    .orderBy('k.occurred_at', 'desc')
    .orderBy('k.activity_id', 'desc')
    .limit(page.limit + 1);
  if (after)
    entries = entries.where(
      sql<boolean>`(k.occurred_at, k.activity_id) < (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  if (page.types?.length) entries = entries.where('a.type', 'in', page.types);
  const person = tx
    .selectFrom('people')
    .select('owner_id as record_owner_id')
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', personId)
    .where('deleted_at', 'is', null);
  return readPage(tx, actor, { object: 'people', what: 'person', record: person.as('r') }, entries, page);
}

export async function companyTimeline(tx: Tx, actor: Actor, companyId: string, page: Page) {
  const after = decode(page.cursor);
  let entries = activityQuery(tx, actor.workspaceId)
    .select(sql<string>`a.occurred_at::text`.as('at'))
    .where('a.company_id', '=', companyId)
    .orderBy('a.occurred_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(page.limit + 1);
  if (after)
    entries = entries.where(
      sql<boolean>`(a.occurred_at, a.id) < (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  if (page.types?.length) entries = entries.where('a.type', 'in', page.types);
  const company = tx
    .selectFrom('companies')
    .select('owner_id as record_owner_id')
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', companyId)
    .where('deleted_at', 'is', null);
  return readPage(
    tx,
    actor,
    { object: 'companies', what: 'company', record: company.as('r') },
    entries,
    page,
  );
}

interface Subject {
  object: 'people' | 'companies';
  what: 'person' | 'company';
  record: RecordOwner;
}

/**
 * The record (for its owner, which decides who may read it) joined to its page of entries: no row
 * means no such record; one row with no entry means an empty history.
 */
async function readPage<DB, TB extends keyof DB>(
  tx: Tx,
  actor: Actor,
  subject: Subject,
  entries: SelectQueryBuilder<DB, TB, ActivityRow & { at: string }>,
  page: Page,
) {
  const rows = await tx
    .selectFrom(subject.record)
    .leftJoinLateral(entries.as('e'), (j) => j.onTrue())
    .selectAll('e')
    .select('r.record_owner_id')
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
  const record = rows[0];
  if (!record) throw new AppError('not_found', `No such ${subject.what}.`);
  await assertMay(tx, actor, subject.object, 'read', record.record_owner_id, subject.what);
  const found = rows.filter((r) => r.id !== null) as unknown as (ActivityRow & { at: string })[];
  const more = found.length > page.limit;
  const entriesOfPage = found.slice(0, page.limit).map(({ at: _at, ...row }) => row as ActivityRow);
  const last = found[page.limit - 1];
  return {
    rows: entriesOfPage,
    nextCursor: more && last ? encode({ at: last.at, id: last.id }) : null,
  };
}

const encode = (c: { at: string; id: string }) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decode(cursor: string | undefined): { at: string; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      at?: unknown;
      id?: unknown;
    };
    if (typeof value.at === 'string' && typeof value.id === 'string' && /^[0-9a-f-]{36}$/.test(value.id)) {
      return { at: value.at, id: value.id };
    }
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', 'The cursor is not valid.', {
    errors: [{ path: '/query/cursor', message: 'Not a cursor of this timeline.' }],
  });
}
