import { consentSubject } from '../consents/index.ts';
import { derivedKey } from '../timeline/index.ts';
import { type Batch, DAY, iso } from './demo.rows.ts';
import { type Arrival, formEntry, NEWSLETTER_FORM } from './demo.sources.rules.ts';
import { addEntry, type Contacts, type Subject } from './demo.timeline.rules.ts';
import type { DemoWorld } from './demo.world.ts';

/** The words someone agreed to on a form of the website, named after the form. */
const formEvidence = (form: string) =>
  `${form} form on the website: “Send me the monthly newsletter. I can unsubscribe at any time.”`;
const IMPORT_EVIDENCE =
  'Imported from the events team’s list of trade-fair visitors who asked for the newsletter.';

/**
 * The consent behind the newsletters someone receives: granted when they were first met, before
 * any campaign reached them: ticked on the form that brought them, given at the trade fair whose list
 * brought them, or else signed up for on the website (that form is in their history too). About one
 * in ten later unsubscribed through the link in the last one they received, after which no
 * newsletter follows. Each event is in the contact history with the source key the timeline's
 * derivation uses, so deriving it again adds nothing.
 */
export function newsletterConsent(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  window: { from: number; lastCampaign: number; came: Arrival },
  contacts: Contacts,
): void {
  const rng = world.rng;
  const { came } = window;
  const form = came.source === 'import' ? null : (came.form ?? NEWSLETTER_FORM);
  if (form !== null && came.form === null) formEntry(world, batch, who, { at: window.from, form }, contacts);
  record(world, batch, who, contacts, {
    status: 'granted',
    source: form === null ? 'import' : 'form',
    evidence: form === null ? IMPORT_EVIDENCE : formEvidence(form),
    at: window.from,
  });
  const withdrawnAt = window.lastCampaign + rng.between(0, 6) * DAY + rng.between(1, 12) * 3_600_000;
  if (rng.chance(0.1) && withdrawnAt < world.now)
    record(world, batch, who, contacts, {
      status: 'withdrawn',
      source: 'unsubscribe_link',
      evidence: 'One-click unsubscribe link in the newsletter.',
      at: withdrawnAt,
    });
}

function record(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  contacts: Contacts,
  event: { status: 'granted' | 'withdrawn'; source: string; evidence: string; at: number },
): void {
  const id = world.ids.next();
  const purpose = 'newsletter';
  const channel = 'email';
  batch.add('consent_events', {
    id,
    person_id: who.id,
    purpose,
    channel,
    status: event.status,
    lawful_basis: 'consent',
    source: event.source,
    evidence: event.evidence,
    occurred_at: iso(event.at),
    created_at: iso(event.at),
  });
  addEntry(
    world,
    batch,
    who,
    {
      type: 'consent',
      channel: 'system',
      direction: null,
      at: event.at,
      subject: consentSubject({ status: event.status, purpose, channel }),
      actor: { person: who.id },
      sourceKey: derivedKey('consent', id),
      metadata: { purpose, channel, status: event.status, source: event.source },
    },
    contacts,
  );
}
