import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import { AppError } from '../errors.ts';

export function clientIp(c: Context): string | undefined {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress;
}

export function sessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * `If-Match: "3"` → 3. A weak or malformed validator never matches, so it answers 412; `*` asks only
 * that the record exist (RFC 9110, 13.1.1), which the write finds out for itself.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^"(\d{1,9})"$/.exec(header.trim());
  if (!match?.[1])
    throw new AppError('precondition_failed', 'If-Match must be the ETag of the current version.');
  return Number(match[1]);
}

export const etagOf = (version: number): string => `"${version}"`;

/**
 * A request's query parameters. A query string that is not percent-encoded UTF-8 (`q=M%FCller`, a
 * Latin-1 "Müller"; `%E0%A4%A`, cut short) is refused: read leniently, as URLSearchParams does, it
 * would be searched or filtered on with U+FFFD, or its "%" kept, in place of what was meant.
 */
export function readQuery(url: string): Record<string, string> {
  const { search, searchParams } = new URL(url);
  try {
    decodeURIComponent(search.replace(/\+/g, ' '));
  } catch {
    throw new AppError('bad_request', 'The query string is not valid: percent-encode it as UTF-8.');
  }
  return Object.fromEntries(searchParams);
}

// Fatal: bytes that are not UTF-8 are refused, not stored as U+FFFD in place of what was meant.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON body. Unsupported media types, text that is not UTF-8 (RFC 8259 allows no other) and
 * malformed JSON are the client's error, never a 500.
 */
export async function readJsonBody(c: Context): Promise<{ raw: string; value: unknown }> {
  const raw = decodeUtf8(new Uint8Array(await c.req.arrayBuffer()));
  if (raw?.trim() === '') return { raw, value: undefined };
  if (!isJson(c.req.header('content-type') ?? '')) {
    throw new AppError('unsupported_media_type', 'Send the body as application/json.');
  }
  if (raw === undefined) throw new AppError('bad_request', 'The body is not UTF-8: send JSON as UTF-8 text.');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AppError('bad_request', 'The body is not valid JSON.');
  }
  if (nestsDeeperThan(value, MAX_JSON_DEPTH))
    throw new AppError('bad_request', `The body nests lists and objects more than ${MAX_JSON_DEPTH} deep.`);
  return { raw, value };
}

/** Deeper than any body or filter Rapport reads; far less deep than what would overflow the stack. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether parsed JSON holds lists and objects nested more than `max` deep. Checked before anything
 * walks it (validation, the text checks): `[[[…]]]` 7,000 deep overflowed their recursion into a 500.
 * Found here without recursion.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const open: [object, number][] = typeof value === 'object' && value !== null ? [[value, 1]] : [];
  for (let next = open.pop(); next; next = open.pop()) {
    const [node, depth] = next;
    if (depth > max) return true;
    for (const child of Object.values(node))
      if (typeof child === 'object' && child !== null) open.push([child, depth + 1]);
  }
  return false;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function isJson(contentType: string): boolean {
  return /^application\/([a-z.+-]*\+)?json\b/i.test(contentType);
}

/**
 * Refuses a request whose Origin is another site's (or not a URL: "null" from a sandboxed frame or a
 * file). Public writes (sign-in, setup) have no session to carry a CSRF token, and a WebSocket upgrade
 * carries no custom header, but a browser always sends Origin with both.
 */
export function assertSameOrigin(c: Context): void {
  const origin = c.req.header('origin');
  if (!origin) return;
  const host = c.req.header('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('forbidden', 'Cross-site request refused.');
  }
  if (originHost !== host) throw new AppError('forbidden', 'Cross-site request refused.');
}
