import type { Activity, RecordObject } from './record-types';

/**
 * What a member writes into a history by hand: a note, or an interaction had outside Rapport (a call
 * on the phone, a meeting, an e-mail from their own mailbox). Logged calls, meetings and e-mails count
 * as contact (timeline.rules.ts: isContact), so "Last contact" follows them.
 */
export const LOGGED_KINDS = ['note', 'call', 'meeting', 'email'] as const;
export type LoggedKind = (typeof LOGGED_KINDS)[number];

export const LOGGED_KIND_WORDS: Record<LoggedKind, { tab: string; noun: string; submit: string }> = {
  note: { tab: 'Note', noun: 'note', submit: 'Add note' },
  call: { tab: 'Call', noun: 'call', submit: 'Log call' },
  meeting: { tab: 'Meeting', noun: 'meeting', submit: 'Log meeting' },
  email: { tab: 'E-mail', noun: 'e-mail', submit: 'Log e-mail' },
};

export type LoggedDirection = 'outbound' | 'inbound';

/** Calls and e-mails go one way; a meeting is had together, and has none. */
export const DIRECTION_CHOICES: Partial<Record<LoggedKind, { value: LoggedDirection; label: string }[]>> = {
  call: [
    { value: 'outbound', label: 'We called' },
    { value: 'inbound', label: 'They called' },
  ],
  email: [
    { value: 'outbound', label: 'We wrote' },
    { value: 'inbound', label: 'They wrote' },
  ],
};

export interface LoggedEntry {
  kind: LoggedKind;
  direction: LoggedDirection;
  /** A datetime-local input's value (local time), or '' for now. */
  when: string;
  subject: string;
  /** The editor's HTML, or null when nothing was written. */
  html: string | null;
  /** On a company's page: the person of theirs it was with, whose last contact it becomes. */
  withPersonId?: string | null;
}

/** The body of `POST /activities` for an entry logged on a person's or a company's page. */
export function loggedEntryBody(entry: LoggedEntry, record: { object: RecordObject; id: string }) {
  const about = record.object === 'people' ? { personIds: [record.id] } : { companyId: record.id };
  const bodyHtml = entry.html ?? undefined;
  if (entry.kind === 'note') return { type: entry.kind, bodyHtml, ...about };
  const subject = entry.subject.trim();
  const withPerson = record.object === 'companies' && entry.withPersonId ? [entry.withPersonId] : null;
  return {
    type: entry.kind,
    bodyHtml,
    ...about,
    ...(withPerson ? { personIds: withPerson } : {}),
    ...(DIRECTION_CHOICES[entry.kind] ? { direction: entry.direction } : {}),
    ...(subject ? { subject } : {}),
    ...(entry.when ? { occurredAt: new Date(entry.when).toISOString() } : {}),
  };
}

/**
 * Entries a member logged by hand may be corrected and removed (as far as their role allows); what
 * customers and Rapport wrote (mail received, chats, orders, stage changes) stays as it came.
 */
export function isLoggedByHand(activity: Activity): activity is Activity & { type: LoggedKind } {
  return activity.actor.type === 'user' && (LOGGED_KINDS as readonly string[]).includes(activity.type);
}

/**
 * An entry logged through the API with plain text only, as the editor's HTML: paragraphs at blank
 * lines, line breaks kept, everything else text.
 */
export function plainTextHtml(text: string): string {
  const escaped = text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
  return escaped
    .split(/\r?\n\s*\r?\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}
