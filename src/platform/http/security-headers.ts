import type { MiddlewareHandler } from 'hono';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** What every response carries (the set helmet and Hono's secureHeaders send, with the UI's CSP). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};

// Responses built with every header already in. Adding headers to a response after it is built makes
// @hono/node-server turn its light response into a full Fetch one: that cost GET /people/{id} a fifth
// of its throughput (docs/benchmarks.md).
const complete = new WeakSet<Response>();

/** An API response with the security headers and the request id in it from the start. */
export function completeResponse(
  body: ConstructorParameters<typeof Response>[0],
  init: { status: number; headers: Record<string, string> },
  requestId: string | undefined,
): Response {
  const headers = { ...SECURITY_HEADERS, ...init.headers };
  if (requestId) headers['X-Request-Id'] = requestId;
  const response = new Response(body, { status: init.status, headers });
  complete.add(response);
  return response;
}

export function isComplete(response: Response): boolean {
  return complete.has(response);
}

/**
 * Adds the security headers to responses built elsewhere (the web UI's files, streams, health checks),
 * keeping any a handler set itself: a download's stricter `default-src 'none'; sandbox` stays.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (complete.has(c.res)) return;
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      if (!headers.has(name)) headers.set(name, value);
    headers.delete('X-Powered-By');
  };
}
