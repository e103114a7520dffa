import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { type Authenticated, authenticate } from '../auth/authenticate.ts';
import { principalKey, tenantContextOf } from '../auth/principal.ts';
import { inWorkspace } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { unstorableTextIn } from '../text.ts';
import { API_BASE, type AppEnv } from './env.ts';
import { claimKey, IDEMPOTENCY_KEY, requestHash, type StoredResponse, storeResponse } from './idempotency.ts';
import { validationError } from './problem.ts';
import type { RateLimiter } from './rate-limit.ts';
import {
  assertSameOrigin,
  clientIp,
  etagOf,
  parseIfMatch,
  readJsonBody,
  readQuery,
  sessionCookie,
} from './request.ts';
import type { BaseInput, Reply, Route, Services } from './route.ts';
import { completeResponse } from './security-headers.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface MountOptions {
  services: Services;
  rateLimiter: RateLimiter;
  /** Tests turn this on: every response body is checked against its declared schema. */
  checkResponses: boolean;
}

export function mountRoutes(app: Hono<AppEnv>, routes: Route[], options: MountOptions): void {
  for (const route of routes) {
    const path = API_BASE + route.spec.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(route.spec.method.toUpperCase(), path, (c) => handle(c, route, options));
  }
}

async function handle(c: Context<AppEnv>, route: Route, options: MountOptions): Promise<Response> {
  const { spec } = route;
  const requestId = c.get('requestId') as string;
  const ip = clientIp(c);
  const auth = route.kind === 'public' ? undefined : await requireStaff(c, options);
  if (route.kind === 'public') {
    limit(options.rateLimiter, `ip:${ip}`);
    if (UNSAFE.has(c.req.method)) assertSameOrigin(c);
  }
  if ((route.kind === 'staff' || route.kind === 'stream') && auth && !route.spec.allow(auth.principal)) {
    throw new AppError('forbidden', 'Your role does not allow this.');
  }

  const params = parse(spec.params, c.req.param(), 'path');
  const query = parse(spec.query, storable(readQuery(c.req.url), 'query'), 'query');
  const { raw, value } =
    spec.body && route.kind !== 'stream' ? await readJsonBody(c) : { raw: '', value: undefined };
  const body = parse(spec.body, storable(value ?? {}, 'body'), 'body');
  const input: BaseInput<unknown, unknown, unknown> = {
    params,
    query,
    body,
    services: options.services,
    requestId,
    ifMatch: parseIfMatch(c.req.header('if-match')),
    ip,
    userAgent: c.req.header('user-agent'),
    context: c,
  };

  const outcome =
    route.kind === 'public'
      ? { reply: await route.spec.handler(input) }
      : route.kind === 'account' && auth
        ? { reply: await route.spec.handler({ ...input, principal: auth.principal, session: auth.session }) }
        : route.kind === 'stream' && auth
          ? {
              reply: await route.spec.handler({
                ...input,
                body: undefined,
                principal: auth.principal,
                session: auth.session,
              }),
            }
          : await runStaff();
  if ('stored' in outcome) return respond(c, outcome.stored);
  const { reply } = outcome;
  if (reply.raw) return reply.raw;
  if (options.checkResponses) checkResponse(route, reply);
  return respond(c, serialise(reply));

  // One transaction per request: the idempotency claim, the handler's reads and writes, and the
  // audit trail its writes produce all commit together or not at all. A GET only reads, and its
  // transaction is declared read-only (PostgreSQL refuses a write in it).
  async function runStaff(): Promise<{ reply: Reply } | { stored: StoredResponse }> {
    if (route.kind !== 'staff' || !auth) throw new Error('unreachable');
    const { handler } = route.spec;
    const { principal, session } = auth;
    const key = c.req.method === 'POST' ? c.req.header('idempotency-key') : undefined;
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new AppError('bad_request', 'Idempotency-Key must be 1 to 255 visible ASCII characters.');
    }
    return inWorkspace(
      options.services.db,
      tenantContextOf(principal, requestId),
      async (tx) => {
        const claim = key
          ? { workspaceId: principal.workspaceId, principal: principalKey(principal), key }
          : undefined;
        if (claim) {
          const stored = await claimKey(tx, { ...claim, hash: requestHash(c.req.method, c.req.path, raw) });
          if (stored) return { stored };
        }
        const { db: _db, ...withoutDb } = options.services;
        const reply = await handler({ ...input, services: withoutDb, principal, session, tx });
        if (claim && !reply.raw) await storeResponse(tx, claim, serialise(reply));
        return { reply };
      },
      { readOnly: !UNSAFE.has(c.req.method) },
    );
  }
}

async function requireStaff(c: Context, options: MountOptions): Promise<Authenticated> {
  const auth = await authenticate(options.services.db, {
    authorization: c.req.header('authorization'),
    sessionToken: sessionCookie(c),
  });
  if (!auth) throw new AppError('unauthenticated', 'Sign in, or send an API token.');
  limit(options.rateLimiter, principalKey(auth.principal));
  // Cookies ride along on cross-site requests; a header a foreign page cannot set proves the UI sent it.
  if (auth.session && UNSAFE.has(c.req.method) && c.req.header('x-csrf-token') !== auth.session.csrfToken) {
    throw new AppError('forbidden', 'Missing or wrong X-CSRF-Token header.');
  }
  return auth;
}

function limit(limiter: RateLimiter, key: string): void {
  const wait = limiter.take(key);
  if (wait > 0)
    throw new AppError('rate_limited', 'Slow down: too many requests.', { retryAfterSeconds: wait });
}

/** Text the database could not store (NUL, lone surrogates) is the client's error, named by its path. */
function storable<T>(value: T, where: 'query' | 'body'): T {
  const errors = unstorableTextIn(value, where === 'body' ? '' : '/query');
  if (errors.length > 0)
    throw new AppError('validation_failed', `The ${where} holds text that cannot be stored.`, { errors });
  return value;
}

function parse(schema: z.ZodType | undefined, value: unknown, where: 'path' | 'query' | 'body'): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // Ids are opaque: one that cannot exist is simply not found, as one from another workspace is.
  if (where === 'path') throw new AppError('not_found', 'No such record.');
  throw validationError(result.error, where);
}

function serialise(reply: Reply): StoredResponse {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.version !== undefined) headers.ETag = etagOf(reply.version);
  if (reply.body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
  return { status: reply.status, headers, body: reply.body === undefined ? '' : JSON.stringify(reply.body) };
}

function respond(c: Context, stored: StoredResponse): Response {
  const etag = stored.headers.ETag;
  const requestId = c.get('requestId') as string | undefined;
  if (c.req.method === 'GET' && etag && c.req.header('if-none-match') === etag) {
    return completeResponse(null, { status: 304, headers: { ETag: etag } }, requestId);
  }
  return completeResponse(
    stored.status === 204 ? null : stored.body,
    { status: stored.status, headers: stored.headers },
    requestId,
  );
}

function checkResponse(route: Route, reply: Reply): void {
  const schema = route.spec.responses[reply.status]?.schema;
  if (!route.spec.responses[reply.status]) {
    throw new Error(`${route.spec.operationId} answered ${reply.status}, which it does not declare`);
  }
  if (!schema) return;
  const result = schema.safeParse(reply.body);
  if (!result.success) {
    throw new Error(
      `${route.spec.operationId} answered a body that breaks its schema: ${result.error.message}`,
    );
  }
}
