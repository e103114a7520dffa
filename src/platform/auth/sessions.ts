import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Tx } from '../db/transaction.ts';
import { hashSecret, randomSecret } from './secrets.ts';

export const SESSION_COOKIE = 'rapport_session';
/** Sliding lifetime: a session unused for this long ends. */
export const SESSION_IDLE_DAYS = 30;
const REFRESH_AFTER_MS = 60 * 60 * 1000;

export interface IssuedSession {
  token: string;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function issueSession(
  tx: Tx,
  input: {
    userId: string;
    workspaceId: string | null;
    ip?: string | undefined;
    userAgent?: string | undefined;
  },
): Promise<IssuedSession> {
  const token = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(Date.now() + SESSION_IDLE_DAYS * 86_400_000);
  const row = await tx
    .insertInto('sessions')
    .values({
      token_hash: hashSecret(token),
      user_id: input.userId,
      workspace_id: input.workspaceId,
      csrf_token: csrfToken,
      ip: input.ip ?? null,
      user_agent: input.userAgent?.slice(0, 500) ?? null,
      expires_at: expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, sessionId: row.id, csrfToken, expiresAt };
}

export interface SessionRecord {
  id: string;
  userId: string;
  workspaceId: string | null;
  csrfToken: string;
  lastSeenAt: Date;
}

export async function findSession(db: Db, token: string): Promise<SessionRecord | undefined> {
  const row = await db.kysely
    .selectFrom('sessions')
    .select(['id', 'user_id', 'workspace_id', 'csrf_token', 'last_seen_at'])
    .where('token_hash', '=', hashSecret(token))
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  if (!row?.user_id) return undefined;
  return {
    id: row.id,
    userId: row.user_id,
    workspaceId: row.workspace_id,
    csrfToken: row.csrf_token,
    lastSeenAt: row.last_seen_at,
  };
}

/** Slides the expiry forward, at most once an hour per session so reads stay reads. */
export async function touchSession(db: Db, session: SessionRecord): Promise<void> {
  if (Date.now() - session.lastSeenAt.getTime() < REFRESH_AFTER_MS) return;
  await db.kysely
    .updateTable('sessions')
    .set({
      last_seen_at: sql`now()`,
      expires_at: sql`now() + make_interval(days => ${SESSION_IDLE_DAYS})`,
    })
    .where('id', '=', session.id)
    .execute();
}

export async function switchSessionWorkspace(db: Db, sessionId: string, workspaceId: string): Promise<void> {
  await db.kysely
    .updateTable('sessions')
    .set({ workspace_id: workspaceId })
    .where('id', '=', sessionId)
    .execute();
}

export async function revokeSession(db: Db | Tx, sessionId: string): Promise<void> {
  const k = 'kysely' in db ? db.kysely : db;
  await k
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Signs a user out everywhere, optionally keeping the session they act from. */
export async function revokeUserSessions(db: Db | Tx, userId: string, except?: string): Promise<number> {
  const k = 'kysely' in db ? db.kysely : db;
  let query = k
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (except) query = query.where('id', '<>', except);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
