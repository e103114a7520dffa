import { sql } from 'kysely';
import { TtlCache } from '../cache/ttl-cache.ts';
import type { Db } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import type { Principal } from './principal.ts';
import { hashSecret, parseApiToken, sameHash } from './secrets.ts';
import { findSession, type SessionRecord, switchSessionWorkspace, touchSession } from './sessions.ts';

export interface Credentials {
  authorization: string | undefined;
  sessionToken: string | undefined;
}

export interface Authenticated {
  principal: Principal;
  /** Set when a session cookie authenticated the request: unsafe methods must echo its CSRF token. */
  session?: SessionRecord;
}

/**
 * Resolves the caller from a bearer token or a session cookie. A bearer header wins, and a bad one is
 * an error rather than a fall-back to the cookie, so a program never acts as the browser's user.
 */
export async function authenticate(db: Db, credentials: Credentials): Promise<Authenticated | undefined> {
  if (credentials.authorization !== undefined) {
    const [scheme, token] = credentials.authorization.split(/\s+/, 2);
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new AppError('unauthenticated', 'Use "Authorization: Bearer <API token>".');
    }
    return { principal: await authenticateToken(db, token) };
  }
  if (credentials.sessionToken) return authenticateSession(db, credentials.sessionToken);
  return undefined;
}

const lastTouched = new Map<string, number>();

interface TokenGrant {
  userId: string;
  role: string;
  secretHash: Buffer;
  expiresAt: Date | null;
}

// Programs call the API in bursts: a token's grant is remembered briefly. A revocation, a role change or
// a deactivation clears it at once here (after commit) and in other processes (change notifications).
const tokenGrants = new TtlCache<TokenGrant>(10_000);

export function forgetTokenGrants(): void {
  tokenGrants.clear();
}

async function authenticateToken(db: Db, token: string): Promise<Principal> {
  const parsed = parseApiToken(token);
  // Made only when needed: an Error captures its stack, a cost every request would pay.
  const rejected = () =>
    new AppError('unauthenticated', 'The API token is not valid, has expired or was revoked.');
  if (!parsed) throw rejected();
  const key = `${parsed.workspaceId}:${parsed.tokenId}`;
  let grant = tokenGrants.get(key);
  if (!grant) {
    grant = await loadGrant(db, parsed.workspaceId, parsed.tokenId);
    if (!grant) throw rejected();
    tokenGrants.set(key, grant);
  }
  if (!sameHash(grant.secretHash, hashSecret(parsed.secret))) throw rejected();
  if (grant.expiresAt && grant.expiresAt.getTime() <= Date.now()) throw rejected();
  touchToken(db, parsed.workspaceId, parsed.tokenId);
  return {
    kind: 'staff',
    userId: grant.userId,
    workspaceId: parsed.workspaceId,
    role: grant.role,
    credential: {
      type: 'api_token',
      tokenId: parsed.tokenId,
      ...(grant.expiresAt && { expiresAt: grant.expiresAt }),
    },
  };
}

async function loadGrant(db: Db, workspaceId: string, tokenId: string): Promise<TokenGrant | undefined> {
  const row = await db.kysely
    .selectFrom('api_tokens as t')
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.workspace_id', '=', 't.workspace_id').onRef('m.user_id', '=', 't.user_id'),
    )
    .select(['t.user_id', 't.secret_hash', 't.expires_at', 'm.role'])
    .where('t.workspace_id', '=', workspaceId)
    .where('t.id', '=', tokenId)
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', sql<Date>`now()`)]))
    .where('m.status', '=', 'active')
    .executeTakeFirst();
  if (!row) return undefined;
  return { userId: row.user_id, role: row.role, secretHash: row.secret_hash, expiresAt: row.expires_at };
}

// last_used_at is informative: written at most once a minute per token, off the request's path.
function touchToken(db: Db, workspaceId: string, tokenId: string): void {
  const now = Date.now();
  if (now - (lastTouched.get(tokenId) ?? 0) < 60_000) return;
  lastTouched.set(tokenId, now);
  if (lastTouched.size > 10_000) lastTouched.clear();
  void db.kysely
    .updateTable('api_tokens')
    .set({ last_used_at: sql`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', tokenId)
    .execute()
    .catch(() => {});
}

async function authenticateSession(db: Db, token: string): Promise<Authenticated | undefined> {
  const session = await findSession(db, token);
  if (!session) return undefined;
  const memberships = await db.kysely
    .selectFrom('memberships')
    .select(['workspace_id', 'role'])
    .where('user_id', '=', session.userId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .execute();
  // The session's workspace, or the user's first one when it was left or deactivated since.
  const current = memberships.find((m) => m.workspace_id === session.workspaceId) ?? memberships[0];
  if (!current) return undefined;
  if (current.workspace_id !== session.workspaceId) {
    await switchSessionWorkspace(db, session.id, current.workspace_id);
    session.workspaceId = current.workspace_id;
  }
  await touchSession(db, session);
  return {
    principal: {
      kind: 'staff',
      userId: session.userId,
      workspaceId: current.workspace_id,
      role: current.role,
      credential: { type: 'session', sessionId: session.id },
    },
    session,
  };
}
