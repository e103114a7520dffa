import { escapeHtml } from '../../platform/text.ts';
import { isContact } from '../timeline/index.ts';
import {
  CALL_BODIES,
  CALL_SUBJECTS,
  INBOUND_EMAILS,
  INTRODUCTION,
  type Mail,
  MEETING_SUBJECTS,
  NOTES,
  OUTBOUND_EMAILS,
  type Phase,
  type Phased,
  TOPICS,
} from './demo.catalog.ts';
import type { CompanyRef } from './demo.companies.rules.ts';
import type { Rng } from './demo.random.ts';
import { type Batch, DAY, iso } from './demo.rows.ts';
import type { DemoWorld } from './demo.world.ts';

/**
 * The contact history of one person: e-mails both ways, calls, meetings and notes spread over the
 * time they have been known, plus the entries other records make (orders, tickets). Each entry has
 * its activity_people row with occurred_at copied; the latest entry that counts as contact
 * (isContact: an e-mail, call or chat with a direction, a meeting unless internal) is what "last
 * contacted" reports, as createActivity keeps it.
 */
export interface Subject {
  id: string;
  name: string;
  ownerId: string;
  company: CompanyRef | null;
}

export interface Entry {
  type: string;
  channel: string;
  direction: string | null;
  at: number;
  subject: string;
  body?: string | null;
  bodyHtml?: string | null;
  actor: { user: string } | { person: string } | 'system';
  dealId?: string | null;
  ticketId?: string | null;
  orderId?: string | null;
  sourceKey?: string | null;
  metadata?: Record<string, unknown>;
}

/** What the timeline leaves on the person's record. */
export class Contacts {
  lastAt: number | null = null;
  lastId: string | null = null;
  lastBy: string | null = null;
  count = 0;

  /**
   * The server's rule (refreshLastContact): the latest contact, at equal times the greater id, and the
   * member who acted in it (none when the customer reached out).
   */
  note(entry: Entry, id: string): void {
    if (!isContact(entry.type, entry.direction ?? null)) return;
    const later =
      this.lastAt === null ||
      entry.at > this.lastAt ||
      (entry.at === this.lastAt && id > (this.lastId ?? ''));
    if (!later) return;
    this.lastAt = entry.at;
    this.lastId = id;
    this.lastBy = typeof entry.actor === 'object' && 'user' in entry.actor ? entry.actor.user : null;
  }
}

export function addEntry(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  entry: Entry,
  contacts: Contacts,
): void {
  const id = world.ids.next();
  const at = iso(entry.at);
  const actor = entry.actor;
  batch.add('activities', {
    id,
    type: entry.type,
    channel: entry.channel,
    direction: entry.direction,
    occurred_at: at,
    subject: entry.subject,
    body: entry.body ?? null,
    body_html: entry.bodyHtml ?? null,
    actor_type: actor === 'system' ? 'system' : 'user' in actor ? 'user' : 'person',
    actor_user_id: typeof actor === 'object' && 'user' in actor ? actor.user : null,
    actor_person_id: typeof actor === 'object' && 'person' in actor ? actor.person : null,
    company_id: who.company?.id ?? null,
    deal_id: entry.dealId ?? null,
    ticket_id: entry.ticketId ?? null,
    order_id: entry.orderId ?? null,
    source_key: entry.sourceKey ?? null,
    metadata: JSON.stringify(entry.metadata ?? {}),
    created_at: at,
    updated_at: at,
  });
  batch.add('activity_people', { activity_id: id, person_id: who.id, occurred_at: at });
  contacts.note(entry, id);
  contacts.count++;
}

/** A window of the deal's life, so conversations inside it are linked to the deal. */
export interface DealWindow {
  id: string;
  from: number;
  to: number;
}

/**
 * `count` everyday interactions between `from` and `to`, in time order; `opening`, when given, is the
 * kind of the first (the rep writing first about a deal just opened).
 */
export function conversations(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  window: {
    from: number;
    to: number;
    count: number;
    deals: DealWindow[];
    product: string;
    /** When they first bought (null if they have not): what is said before and after differs. */
    customerSince: number | null;
    opening?: (typeof KINDS)[number][0];
  },
  contacts: Contacts,
): void {
  const rng = world.rng;
  const span = Math.max(window.to - window.from, DAY);
  const times = Array.from({ length: window.count }, () => window.from + Math.floor(rng.next() * span)).sort(
    (a, b) => a - b,
  );
  for (const [index, at] of times.entries()) {
    const since = window.customerSince;
    const phase: Phase = since !== null && at >= since ? 'customer' : 'prospect';
    const about = { product: window.product, phase };
    const fill = (template: string) => fillTemplate(rng, template, world, who, about);
    const fillMail = (mail: Mail) => fillMailTemplate(rng, mail, world, who, about);
    const dealId = window.deals.find((d) => at >= d.from && at <= d.to)?.id ?? null;
    const kind = index === 0 && window.opening ? window.opening : rng.weighted(KINDS);
    const rep = { user: who.ownerId };
    if (kind === 'out') {
      addEntry(
        world,
        batch,
        who,
        {
          type: 'email',
          channel: 'email',
          direction: 'outbound',
          at,
          // Only a history's first word, soon after they were met, is an introduction.
          ...fillMail(
            index === 0 && !window.opening && at - window.from < 60 * DAY
              ? INTRODUCTION
              : pickFor(rng, OUTBOUND_EMAILS, phase),
          ),
          actor: rep,
          dealId,
        },
        contacts,
      );
    } else if (kind === 'in') {
      addEntry(
        world,
        batch,
        who,
        {
          type: 'email',
          channel: 'email',
          direction: 'inbound',
          at,
          ...fillMail(pickFor(rng, INBOUND_EMAILS, phase)),
          actor: { person: who.id },
          dealId,
        },
        contacts,
      );
    } else if (kind === 'call') {
      addEntry(
        world,
        batch,
        who,
        {
          type: 'call',
          channel: 'phone',
          direction: rng.chance(0.8) ? 'outbound' : 'inbound',
          at,
          subject: pickFor(rng, CALL_SUBJECTS, phase),
          body: fill(rng.pick(CALL_BODIES)),
          actor: rep,
          dealId,
          metadata: { durationMinutes: rng.between(3, 45) },
        },
        contacts,
      );
    } else if (kind === 'meeting') {
      addEntry(
        world,
        batch,
        who,
        {
          type: 'meeting',
          channel: rng.chance(0.6) ? 'video' : 'meeting',
          direction: 'outbound',
          at,
          subject: fill(pickFor(rng, MEETING_SUBJECTS, phase)),
          actor: rep,
          dealId,
          metadata: { durationMinutes: rng.pick([30, 45, 60, 90]) },
        },
        contacts,
      );
    } else {
      const text = fill(pickFor(rng, NOTES, phase));
      addEntry(
        world,
        batch,
        who,
        {
          type: 'note',
          channel: 'other',
          direction: null,
          at,
          subject: 'Note',
          body: text,
          bodyHtml: `<p>${escapeHtml(text)}</p>`,
          actor: rep,
          dealId,
        },
        contacts,
      );
    }
  }
}

/**
 * Newsletters and event invitations: sent by marketing, not a conversation. A campaign goes out once,
 * to everyone it reaches at about the same moment (the newsletter on the 10th of each month, the
 * user day's invitation on 20 April of each year, 09:00 UTC, a send taking up to twenty minutes), so
 * someone never gets one twice, nor one sent before they were known or after now. Each entry keeps
 * whether they opened it and clicked in it. Returns when the last one was sent (`from` if none), so
 * an unsubscribe can come after it.
 */
export function campaigns(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  from: number,
  count: number,
  contacts: Contacts,
): number {
  const rng = world.rng;
  const received = new Set<number>();
  let last = from;
  for (let i = 0; i < count; i++) {
    const newsletter = rng.chance(0.7);
    const sent = campaignSend(
      from + Math.floor(rng.next() * Math.max(world.now - from - DAY, DAY)),
      newsletter,
      from,
    );
    const at = sent + rng.between(0, 1_200) * 1000;
    if (at >= world.now || received.has(sent)) continue;
    received.add(sent);
    const opened = rng.chance(0.4);
    const date = new Date(sent);
    addEntry(
      world,
      batch,
      who,
      {
        type: 'campaign',
        channel: 'email',
        direction: 'outbound',
        at,
        subject: newsletter
          ? `${world.brand} newsletter, ${date.toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`
          : `Invitation: ${world.brand} user day ${date.getUTCFullYear()}`,
        actor: 'system',
        metadata: { opened, clicked: opened && rng.chance(0.3) },
      },
      contacts,
    );
    last = Math.max(last, at);
  }
  return last;
}

/**
 * When the campaign of the month (a newsletter) or year (an invitation) of `moment` went out, or the
 * next one's when that was before `from`, when the person was not yet known.
 */
function campaignSend(moment: number, newsletter: boolean, from: number): number {
  const date = new Date(moment);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
  const send = (next: number) =>
    newsletter ? Date.UTC(year, month + next, 10, 9) : Date.UTC(year + next, 3, 20, 9);
  return send(0) >= from ? send(0) : send(1);
}

const KINDS = [
  ['out', 34],
  ['in', 24],
  ['call', 22],
  ['meeting', 8],
  ['note', 12],
] as const;

/** One topic for a mail's subject and body: "Next steps on reporting" is about reporting throughout. */
export function fillMailTemplate(rng: Rng, mail: Mail, world: DemoWorld, who: Subject, about: About): Mail {
  const [subject = '', body = ''] = fillTemplate(
    rng,
    `${mail.subject}\n${mail.body}`,
    world,
    who,
    about,
  ).split('\n');
  return { subject, body };
}

export function fillTemplate(
  rng: Rng,
  template: string,
  world: DemoWorld,
  who: Subject,
  about: About,
): string {
  return template
    .replaceAll('{company}', who.company?.name ?? who.name)
    .replaceAll('{product}', about.product)
    .replaceAll('{topic}', pickFor(rng, TOPICS, about.phase))
    .replaceAll('{brand}', world.brand)
    .replaceAll('{industry}', who.company?.industry.toLowerCase() ?? 'retail');
}

/** What a text is about: the product someone looks at, and whether they have bought yet. */
export interface About {
  product: string;
  phase: Phase;
}

/** One of the words that fit someone then: those for either, or those for what they are now. */
export function pickFor<T>(rng: Rng, words: Phased<T>, phase: Phase): T {
  const own = words[phase];
  const i = rng.int(words.either.length + own.length);
  return (i < words.either.length ? words.either[i] : own[i - words.either.length]) as T;
}
