import type { FieldError } from '../../platform/errors.ts';

/**
 * Pure rules of the consent ledger: what an event may hold, and how the current state per purpose and
 * channel follows from the events. No I/O: the marketing module asks `mayContact` before it sends.
 */
export const CHANNELS = ['email', 'sms', 'phone', 'post', 'any'] as const;
export type Channel = (typeof CHANNELS)[number];
/** The channels something is actually sent through; `any` only appears in what a person said. */
export type ContactChannel = Exclude<Channel, 'any'>;
export const CONSENT_STATUSES = ['granted', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];
/** GDPR art. 6(1)(a), (b), (c), (f): the bases under which contact may rest. */
export const LAWFUL_BASES = ['consent', 'contract', 'legal_obligation', 'legitimate_interest'] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];
/** In the order the web offers them: a member recording a consent by hand is the usual case. */
export const CONSENT_SOURCES = [
  'manual',
  'form',
  'mail',
  'chat',
  'portal',
  'import',
  'api',
  'unsubscribe_link',
] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export const PURPOSE_PATTERN = /^[a-z][a-z0-9_]{1,62}$/;
/** Offered by forms; any other slug is allowed. */
export const SUGGESTED_PURPOSES = ['newsletter', 'marketing', 'product_updates', 'profiling'] as const;
export const MAX_EVIDENCE = 2000;
/** A client clock a little ahead of ours is not a claim about the future (the table allows the same). */
export const FUTURE_MARGIN_MS = 5 * 60 * 1000;

/** What the fold needs of an event; the service's rows carry more. */
export interface ConsentEventLike {
  id: string;
  purpose: string;
  channel: Channel;
  status: ConsentStatus;
  occurredAt: Date;
}

export interface ConsentState<E extends ConsentEventLike> {
  purpose: string;
  channel: Channel;
  status: ConsentStatus;
  since: Date;
  /** The event that decides this state: the channel's own, or a later one on `any`. */
  event: E;
}

/** Ledger order: when it happened, then the id (UUIDv7, so the order of recording) for ties. */
export function compareEvents(a: ConsentEventLike, b: ConsentEventLike): number {
  const byTime = a.occurredAt.getTime() - b.occurredAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const later = <E extends ConsentEventLike>(a: E | undefined, b: E | undefined): E | undefined =>
  a && b ? (compareEvents(a, b) >= 0 ? a : b) : (a ?? b);

/**
 * The current state per (purpose, channel), for every pair the events mention, in purpose then
 * channel order. For a channel, the latest event on that channel or on `any` decides: a withdrawal on
 * `any` overrides every earlier grant of the purpose, and a later grant on a channel (or on `any`)
 * stands over an earlier withdrawal. The input order does not matter.
 */
export function foldConsents<E extends ConsentEventLike>(events: readonly E[]): ConsentState<E>[] {
  const latest = new Map<string, Map<Channel, E>>();
  for (const event of events) {
    const channels = latest.get(event.purpose) ?? new Map<Channel, E>();
    latest.set(event.purpose, channels);
    channels.set(event.channel, later(channels.get(event.channel), event) ?? event);
  }
  const states: ConsentState<E>[] = [];
  for (const purpose of [...latest.keys()].sort()) {
    const channels = latest.get(purpose) ?? new Map<Channel, E>();
    const onAny = channels.get('any');
    for (const channel of CHANNELS) {
      const own = channels.get(channel);
      if (!own) continue;
      const event = channel === 'any' ? own : (later(own, onAny) ?? own);
      states.push({ purpose, channel, status: event.status, since: event.occurredAt, event });
    }
  }
  return states;
}

/**
 * May this person be contacted for this purpose through this channel? Only on a standing grant: the
 * channel's own state, or failing that the purpose's `any` state; nothing recorded means no.
 */
export function mayContact(
  states: readonly ConsentState<ConsentEventLike>[],
  purpose: string,
  channel: ContactChannel,
): boolean {
  const state =
    states.find((s) => s.purpose === purpose && s.channel === channel) ??
    states.find((s) => s.purpose === purpose && s.channel === 'any');
  return state?.status === 'granted';
}

export interface ConsentInput {
  purpose: string;
  channel: string;
  status: string;
  lawfulBasis?: string | undefined;
  source?: string | undefined;
  evidence?: string | null | undefined;
  occurredAt?: Date | undefined;
}

const oneOf = (values: readonly string[]) => `One of ${values.join(', ')}.`;

/**
 * What the ledger refuses in a well-formed event: an unknown purpose shape, channel, status, basis or
 * source, over-long evidence, or a moment still to come.
 */
export function consentErrors(input: ConsentInput, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (!PURPOSE_PATTERN.test(input.purpose))
    errors.push({
      path: '/purpose',
      message: 'A slug of 2 to 63 characters: a lower-case letter, then lower-case letters, digits or _.',
    });
  if (!(CHANNELS as readonly string[]).includes(input.channel))
    errors.push({ path: '/channel', message: oneOf(CHANNELS) });
  if (!(CONSENT_STATUSES as readonly string[]).includes(input.status))
    errors.push({ path: '/status', message: oneOf(CONSENT_STATUSES) });
  if (input.lawfulBasis !== undefined && !(LAWFUL_BASES as readonly string[]).includes(input.lawfulBasis))
    errors.push({ path: '/lawfulBasis', message: oneOf(LAWFUL_BASES) });
  if (input.source !== undefined && !(CONSENT_SOURCES as readonly string[]).includes(input.source))
    errors.push({ path: '/source', message: oneOf(CONSENT_SOURCES) });
  if (input.evidence && input.evidence.length > MAX_EVIDENCE)
    errors.push({ path: '/evidence', message: `At most ${MAX_EVIDENCE} characters.` });
  if (input.occurredAt && input.occurredAt.getTime() > now.getTime() + FUTURE_MARGIN_MS)
    errors.push({ path: '/occurredAt', message: 'Cannot be in the future.' });
  return errors;
}

/** "Consent granted: newsletter by email", the line the contact history shows. */
export function consentSubject(event: { status: ConsentStatus; purpose: string; channel: Channel }): string {
  const how = event.channel === 'any' ? 'on any channel' : `by ${event.channel}`;
  return `Consent ${event.status}: ${event.purpose} ${how}`;
}
