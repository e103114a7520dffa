import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../access/index.ts';
import { findCompany } from '../companies/index.ts';
import { findPerson } from '../people/index.ts';
import { activityQuery } from './timeline.service.ts';

interface Page {
  limit: number;
  cursor: string | undefined;
  types?: string[] | undefined;
}

/**
 * A person's history, newest first. The index on activity_people (workspace, person, occurred_at
 * DESC, activity) makes the latest 50 entries one range scan, and the cursor (occurred_at, id) makes
 * every later page the same.
 */
export async function personTimeline(tx: Tx, actor: Actor, personId: string, page: Page) {
  await findPerson(tx, actor, personId);
  const after = decode(page.cursor);
  let ids = tx
    .selectFrom('activity_people as ap')
    .innerJoin('activities as x', (j) =>
      j.onRef('x.workspace_id', '=', 'ap.workspace_id').onRef('x.id', '=', 'ap.activity_id'),
    )
    .select(['ap.activity_id', sql<string>`ap.occurred_at::text`.as('at')])
    .where('ap.workspace_id', '=', actor.workspaceId)
    .where('ap.person_id', '=', personId)
    .where('x.deleted_at', 'is', null)
    .orderBy('ap.occurred_at', 'desc')
    .orderBy('ap.activity_id', 'desc')
    .limit(page.limit + 1);
  if (after)
    ids = ids.where(
      sql<boolean>`(ap.occurred_at, ap.activity_id) < (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  if (page.types?.length) ids = ids.where('x.type', 'in', page.types);
  return resolve(tx, actor, await ids.execute(), page.limit);
}

export async function companyTimeline(tx: Tx, actor: Actor, companyId: string, page: Page) {
  await findCompany(tx, actor, companyId);
  const after = decode(page.cursor);
  let ids = tx
    .selectFrom('activities as x')
    .select(['x.id as activity_id', sql<string>`x.occurred_at::text`.as('at')])
    .where('x.workspace_id', '=', actor.workspaceId)
    .where('x.company_id', '=', companyId)
    .where('x.deleted_at', 'is', null)
    .orderBy('x.occurred_at', 'desc')
    .orderBy('x.id', 'desc')
    .limit(page.limit + 1);
  if (after)
    ids = ids.where(sql<boolean>`(x.occurred_at, x.id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
  if (page.types?.length) ids = ids.where('x.type', 'in', page.types);
  return resolve(tx, actor, await ids.execute(), page.limit);
}

async function resolve(tx: Tx, actor: Actor, keys: { activity_id: string; at: string }[], limit: number) {
  const more = keys.length > limit;
  const pageKeys = keys.slice(0, limit);
  const rows = pageKeys.length
    ? await activityQuery(tx, actor.workspaceId)
        .where(
          'a.id',
          'in',
          pageKeys.map((k) => k.activity_id),
        )
        .execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = pageKeys.flatMap((k) => byId.get(k.activity_id) ?? []);
  const last = pageKeys.at(-1);
  return { rows: ordered, nextCursor: more && last ? encode({ at: last.at, id: last.activity_id }) : null };
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
