import { upgradeWebSocket } from '@hono/node-server';
import type { Hono } from 'hono';
import { authenticate } from '../auth/authenticate.ts';
import type { Principal } from '../auth/principal.ts';
import type { Db } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import { API_BASE, type AppEnv } from '../http/env.ts';
import { assertSameOrigin, sessionCookie } from '../http/request.ts';
import type { Logger } from '../log/logger.ts';
import type { ChangeEvent, ChangeHub } from './hub.ts';

const RECHECK_MS = 60_000;
/** Node's timers take at most about 24.8 days. */
const MOST_TIMER_MS = 2 ** 31 - 1;
/** The close code the web app takes for "ask whether anyone is still signed in". */
const CREDENTIALS_ENDED = 4401;
const COALESCE_MS = 100;
/** Past this many ids of one kind in one message, the message names none: any record of the kind. */
const MOST_IDS = 500;

/**
 * GET /api/v1/events upgrades to a WebSocket that says which kinds of record changed in the caller's
 * workspace, and which records when few did (`ids`: theirs and those they point at; only to members
 * who may read every record a change can name), and when the caller's own notifications changed
 * (`notification`, to that member alone), so screens refresh themselves, and only the screens
 * concerned. Authenticated like the API (session cookie or bearer
 * token); a cookie-authenticated upgrade must come from this origin (cross-site WebSocket hijacking).
 * A signed-out session, a revoked token, or a member deactivated or given another role is cut off at
 * once (the hub hears it from the database); a token given an end closes its socket then; the
 * credential is also checked again every minute.
 */
export interface EventsSocketDeps {
  db: Db;
  hub: ChangeHub;
  logger: Logger;
  /** Whether the caller may learn which records of a kind changed (their ids), or only that some did. */
  mayLearnIds(principal: Principal, kind: string): boolean;
}

export function mountEventsSocket(app: Hono<AppEnv>, deps: EventsSocketDeps): void {
  app.get(`${API_BASE}/events`, async (c, next) => {
    const credentials = { authorization: c.req.header('authorization'), sessionToken: sessionCookie(c) };
    const auth = await authenticate(deps.db, credentials);
    if (!auth) throw new AppError('unauthenticated', 'Sign in, or send an API token.');
    if (auth.session) assertSameOrigin(c);
    c.set('socketAuth', { principal: auth.principal, credentials });
    await next();
  });
  app.get(
    `${API_BASE}/events`,
    upgradeWebSocket((c) => {
      const socketAuth = c.get('socketAuth');
      if (!socketAuth) throw new Error('events socket reached without authentication');
      const { principal, credentials } = socketAuth;
      let unsubscribe = () => {};
      let timer: NodeJS.Timeout | undefined;
      let expiry: NodeJS.Timeout | undefined;
      // Per kind, the ids changed since the last message; null once any record of the kind may have.
      let pending = new Map<string, Set<string> | null>();
      let flush: NodeJS.Timeout | undefined;
      return {
        onOpen(_event, ws) {
          // The access the socket was opened with: a page whose cached access differs (changed while
          // its socket was away) asks for the current one.
          ws.send(
            JSON.stringify({ type: 'ready', workspaceId: principal.workspaceId, role: principal.role }),
          );
          const { credential } = principal;
          unsubscribe = deps.hub.subscribe({
            workspaceId: principal.workspaceId,
            userId: principal.userId,
            credentialId: credential.type === 'session' ? credential.sessionId : credential.tokenId,
            end: () => ws.close(CREDENTIALS_ENDED, 'credentials ended'),
            send(event: ChangeEvent) {
              // A bulk change arrives as many statements: tell the client once per kind, briefly later.
              const ids = pending.has(event.objectType) ? pending.get(event.objectType) : new Set<string>();
              const named = deps.mayLearnIds(principal, event.objectType) ? event.ids : undefined;
              if (ids && named && ids.size + named.length <= MOST_IDS) {
                for (const id of named) ids.add(id);
                pending.set(event.objectType, ids);
              } else pending.set(event.objectType, null);
              flush ??= setTimeout(() => {
                for (const [objectType, ids] of pending)
                  ws.send(JSON.stringify({ type: 'changed', objectType, ...(ids && { ids: [...ids] }) }));
                pending = new Map();
                flush = undefined;
              }, COALESCE_MS);
            },
          });
          // A token with an end closes then, not at the next re-check (a later end is the re-check's).
          const left =
            credential.type === 'api_token' &&
            credential.expiresAt &&
            credential.expiresAt.getTime() - Date.now();
          if (typeof left === 'number' && left <= MOST_TIMER_MS)
            expiry = setTimeout(() => ws.close(CREDENTIALS_ENDED, 'credentials ended'), Math.max(left, 0));
          timer = setInterval(async () => {
            const still = await authenticate(deps.db, credentials).catch(() => undefined);
            if (!still || still.principal.workspaceId !== principal.workspaceId)
              ws.close(CREDENTIALS_ENDED, 'credentials ended');
          }, RECHECK_MS);
        },
        onClose() {
          unsubscribe();
          clearInterval(timer);
          clearTimeout(expiry);
          clearTimeout(flush);
        },
        onError(error) {
          deps.logger.warn({ err: error }, 'event socket error');
        },
      };
    }),
  );
}
