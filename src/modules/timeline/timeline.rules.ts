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

/**
 * Interactions in which someone of the team was in touch with the customer: an e-mail, call or chat
 * going one way or the other, and a meeting unless it was internal (one is had together, and is often
 * logged without a direction). timeline.service.ts says the same in SQL (`contactSql`).
 */
export function isContact(type: string, direction: string | null): boolean {
  if (type === 'meeting') return direction !== 'internal';
  return ['email', 'call', 'chat'].includes(type) && (direction === 'inbound' || direction === 'outbound');
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
