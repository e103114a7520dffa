import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { API_BASE, type AppEnv } from './env.ts';
import { problemOf, toAppError } from './problem.ts';
import type { Route } from './route.ts';
import { completeResponse, isComplete, securityHeaders } from './security-headers.ts';

export const MAX_JSON_BODY = 1024 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The HTTP skeleton every route hangs from: request ids, access logs, security headers, body limits,
 * and one error handler that turns anything thrown into problem details.
 */
export function createHttpApp(
  logger: Logger,
  options: { streamsBody?: (method: string, path: string) => boolean } = {},
): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    const given = c.req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    if (!isComplete(c.res)) c.header('X-Request-Id', requestId);
    logger.info(
      {
        requestId,
        req: { method: c.req.method, path: c.req.path },
        res: { status: c.res.status },
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });
  app.use(securityHeaders());
  const limit = bodyLimit({
    maxSize: MAX_JSON_BODY,
    onError: () => {
      throw new AppError('payload_too_large', `The body is larger than ${MAX_JSON_BODY / 1024} KiB.`);
    },
  });
  // Streaming uploads enforce their own (much larger) limit while they read. GET and HEAD carry no
  // body (the Node adapter drops one), and asking for it would make the adapter build a whole Fetch
  // Request and AbortSignal per read: a sixth of the CPU time of GET /people/{id}.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' || options.streamsBody?.(c.req.method, c.req.path)
      ? next()
      : limit(c, next),
  );
  app.onError((error, c) => problemResponse(c, error, logger));
  return app;
}

export function problemResponse(c: Context, error: unknown, logger: Logger): Response {
  const appError = toAppError(error);
  const requestId = c.get('requestId') as string | undefined;
  if (appError.code === 'internal' || appError.code === 'unavailable') {
    logger.error({ err: appError.cause ?? error, requestId }, 'request failed');
  }
  const problem = problemOf(appError, requestId);
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (appError.retryAfterSeconds !== undefined) headers['Retry-After'] = String(appError.retryAfterSeconds);
  // The rest of an oversized body is never read: the connection cannot carry another request.
  if (appError.code === 'payload_too_large') headers.Connection = 'close';
  return completeResponse(JSON.stringify(problem), { status: problem.status, headers }, requestId);
}

/** Unknown API paths are 404; known paths with another method are 405 with Allow. */
export function apiFallback(app: Hono<AppEnv>, routes: Route[], logger: Logger): void {
  const patterns = routes.map((r) => ({
    method: r.spec.method.toUpperCase(),
    regex: new RegExp(`^${API_BASE}${r.spec.path.replace(/\{\w+\}/g, '[^/]+')}$`),
  }));
  app.all('/api/*', (c) => {
    const allowed = patterns.filter((p) => p.regex.test(c.req.path)).map((p) => p.method);
    if (allowed.length > 0) {
      const methods = [...new Set(allowed)].join(', ');
      const response = problemResponse(
        c,
        new AppError('method_not_allowed', `Use ${methods} on this path.`),
        logger,
      );
      response.headers.set('Allow', methods);
      return response;
    }
    throw new AppError('not_found', 'No such endpoint.');
  });
}
