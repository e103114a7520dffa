import { CHAT_OPENERS, INBOUND_EMAILS, WEB_FORMS } from './demo.catalog.ts';
import type { Stage } from './demo.journey.rules.ts';
import type { Batch } from './demo.rows.ts';
import {
  addEntry,
  type Contacts,
  fillMailTemplate,
  fillTemplate,
  type Subject,
} from './demo.timeline.rules.ts';
import type { DemoWorld } from './demo.world.ts';

/** Where a person came from: their record's `source`. */
export type PersonSource = 'form' | 'manual' | 'import' | 'chat' | 'mail' | 'partner';

/** How someone came: their source, and the web form they sent when it was one. */
export interface Arrival {
  source: PersonSource;
  form: string | null;
}

/**
 * Prospects fill in a form on the website or are entered by a rep; lists from trade fairs are
 * imported; some start a chat or write; a few come through a partner. Subscribers signed up.
 */
const SOURCES: readonly (readonly [PersonSource, number])[] = [
  ['form', 35],
  ['manual', 25],
  ['import', 20],
  ['chat', 8],
  ['mail', 8],
  ['partner', 4],
];

/** A first e-mail: one a prospect writes (not about an invoice: they have none yet), not a reply. */
const FIRST_MAILS = [...INBOUND_EMAILS.either, ...INBOUND_EMAILS.prospect].filter(
  (m) => !m.subject.startsWith('Re:'),
);

/**
 * How someone first came to the company, and the entry that left in their history when it came
 * through a channel Rapport records: the form they sent, the chat they opened, the mail they wrote.
 * A rep's entry or an import leaves none (the audit trail has those).
 */
export function firstTouch(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  first: { at: number; stage: Stage; product: string },
  contacts: Contacts,
): Arrival {
  const rng = world.rng;
  const source = first.stage === 'subscriber' ? 'form' : rng.weighted(SOURCES);
  const customer = { person: who.id };
  const at = first.at;
  const about = { product: first.product, phase: 'prospect' } as const;
  if (source === 'form') {
    const form = first.stage === 'subscriber' ? NEWSLETTER_FORM : rng.pick(WEB_FORMS);
    formEntry(world, batch, who, { at, form }, contacts);
    return { source, form };
  }
  if (source === 'chat') {
    const body = fillTemplate(rng, rng.pick(CHAT_OPENERS), world, who, about);
    const entry = { type: 'chat', channel: 'chat', direction: 'inbound', at, subject: 'Chat on the website' };
    addEntry(world, batch, who, { ...entry, body, actor: customer }, contacts);
  } else if (source === 'mail') {
    const mail = fillMailTemplate(rng, rng.pick(FIRST_MAILS), world, who, about);
    const entry = { type: 'email', channel: 'email', direction: 'inbound', at };
    addEntry(world, batch, who, { ...entry, ...mail, actor: customer }, contacts);
  }
  return { source, form: null };
}

/** The form subscribers fill in; others sign up on it later when no other form brought them. */
export const NEWSLETTER_FORM = 'Newsletter sign-up';

/** A web form someone sent, as it lands in their history. */
export function formEntry(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  sent: { at: number; form: string },
  contacts: Contacts,
): void {
  const { at, form } = sent;
  const entry = { type: 'form', channel: 'web', direction: 'inbound', at, subject: form };
  addEntry(world, batch, who, { ...entry, actor: { person: who.id }, metadata: { form } }, contacts);
}
