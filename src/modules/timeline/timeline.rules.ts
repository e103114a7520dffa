import { type RawBuilder, sql } from 'kysely';
import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from '../../platform/text.ts';

/** Pure rules of the contact history: what an entry may hold, and what counts as contact. */
export const ACTIVITY_TYPES = [
  'email',
  'call',
  'meeting',
  'note',
  'chat',
  'ticket',
  'campaign',
  'order',
  'form',
  'portal',
  'social',
  'stage_change',
  'task',
  'consent',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/**
 * Entries the server derives from other records (timeline.derive) are keyed `<kind>:<record id>…`, so
 * deriving twice writes one. They follow their record (a ticket says it was solved, not its entry), so
 * nobody edits or deletes them, not even the member they credit.
 */
const DERIVED_KINDS = ['change', 'order', 'ticket', 'consent', 'task'] as const;
export type DerivedKind = (typeof DERIVED_KINDS)[number];
export const derivedKey = (kind: DerivedKind, ...ids: string[]): string => [kind, ...ids].join(':');
export const isDerived = (sourceKey: string | null): boolean =>
  sourceKey !== null && DERIVED_KINDS.some((kind) => sourceKey.startsWith(`${kind}:`));
export const CHANNELS = [
  'email',
  'phone',
  'meeting',
  'video',
  'chat',
  'web',
  'portal',
  'social',
  'sms',
  'system',
  'other',
] as const;
export const DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
type Direction = (typeof DIRECTIONS)[number];

/** The channel an interaction of this type usually comes through, when the client does not say. */
export const DEFAULT_CHANNEL: Record<ActivityType, (typeof CHANNELS)[number]> = {
  email: 'email',
  call: 'phone',
  meeting: 'meeting',
  note: 'other',
  chat: 'chat',
  ticket: 'system',
  campaign: 'email',
  order: 'web',
  form: 'web',
  portal: 'portal',
  social: 'social',
  stage_change: 'system',
  task: 'other',
  consent: 'system',
  other: 'other',
};

/** An e-mail, call or chat is contact only going one way or the other; a meeting unless internal. */
const DIRECTED_CONTACTS: readonly string[] = ['email', 'call', 'chat'] satisfies ActivityType[];
const CONTACT_DIRECTIONS: readonly (string | null)[] = ['inbound', 'outbound'] satisfies Direction[];
const MEETING: ActivityType = 'meeting';
const NOT_CONTACT: Direction = 'internal';

/**
 * Interactions in which someone of the team was in touch with the customer: an e-mail, call or chat
 * going one way or the other, and a meeting unless it was internal (one is had together, and is often
 * logged without a direction).
 */
export function isContact(type: string, direction: string | null): boolean {
  if (type === MEETING) return direction !== NOT_CONTACT;
  return DIRECTED_CONTACTS.includes(type) && CONTACT_DIRECTIONS.includes(direction);
}

/**
 * `isContact` in SQL, over the activities aliased `alias`: built from the same lists, so the two cannot
 * drift. The values are ours, never a client's, so they can be literals.
 */
export function contactSql(alias: string): RawBuilder<boolean> {
  const type = sql.ref(`${alias}.type`);
  const direction = sql.ref(`${alias}.direction`);
  const list = (values: readonly (string | null)[]) => sql.join(values.map((v) => sql.lit(v)));
  return sql<boolean>`(CASE WHEN ${type} = ${sql.lit(MEETING)}
    THEN ${direction} IS DISTINCT FROM ${sql.lit(NOT_CONTACT)}
    ELSE ${type} IN (${list(DIRECTED_CONTACTS)}) AND ${direction} IN (${list(CONTACT_DIRECTIONS)}) END)`;
}

const MENTION = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Notes are rich text, kept as HTML that can only format: no scripts, no styles, no event handlers,
 * links only to http(s) and mailto (opening in a new tab without a referrer), and mention spans.
 */
export function sanitizeNote(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'strong',
      'b',
      'em',
      'i',
      'u',
      's',
      'ul',
      'ol',
      'li',
      'blockquote',
      'code',
      'pre',
      'a',
      'h2',
      'h3',
      'span',
    ],
    allowedAttributes: { a: ['href', 'rel', 'target'], span: ['data-mention'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
    },
    exclusiveFilter: (frame) =>
      frame.tag === 'span' && !!frame.attribs['data-mention'] && !MENTION.test(frame.attribs['data-mention']),
  });
}

/** The colleagues a note mentions: `<span data-mention="user id">`. */
export function mentionsOf(html: string): string[] {
  const ids = [...html.matchAll(/data-mention="([0-9a-f-]{36})"/gi)].map((m) => (m[1] ?? '').toLowerCase());
  return [...new Set(ids.filter((id) => MENTION.test(id)))];
}

/**
 * A note's HTML from plain text (an imported "Notes" column): a blank line starts a paragraph, a line
 * break stays one, so the note reads as it was written.
 */
export function noteHtmlOf(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Plain text of a note, for summaries and search. */
export function textOf(html: string): string {
  return sanitizeHtml(html.replace(/<(br|\/p|\/li|\/h[23]|\/blockquote)>/gi, '\n$&'), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Files shown inline only if they cannot carry active content; everything else downloads. */
const INLINE_SAFE = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
]);
export function servedContentType(stored: string): string {
  return INLINE_SAFE.has(stored)
    ? stored === 'text/plain'
      ? 'text/plain; charset=utf-8'
      : stored
    : 'application/octet-stream';
}

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const MAX_FILENAME_CHARS = 255;

/**
 * A name to store and send back in Content-Disposition: no path, quote or control character, no
 * leading dot, at most 255 characters (code points, never half of one). A longer name keeps its
 * extension, which is what says what the file is.
 */
export function safeFilename(raw: string): string {
  const name = raw
    .replace(/[\\/"\p{Cc}]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  const chars = Array.from(name);
  if (chars.length === 0) return 'attachment';
  if (chars.length <= MAX_FILENAME_CHARS) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const kept = extension.length <= 16 ? extension : [];
  return (
    chars
      .slice(0, MAX_FILENAME_CHARS - kept.length)
      .join('')
      .trimEnd() + kept.join('')
  );
}
