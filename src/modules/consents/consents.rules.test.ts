import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  type Channel,
  type ConsentEventLike,
  type ContactChannel,
  compareEvents,
  consentErrors,
  consentSubject,
  foldConsents,
  mayContact,
} from './consents.rules.ts';

const PURPOSES = ['newsletter', 'marketing'] as const;
const CONTACT_CHANNELS: ContactChannel[] = ['email', 'sms', 'phone', 'post'];

// Few purposes and a narrow time range, so that events meet on the same key and the same instant.
const eventsArb = fc
  .array(
    fc.record({
      purpose: fc.constantFrom(...PURPOSES),
      channel: fc.constantFrom(...CHANNELS),
      status: fc.constantFrom('granted' as const, 'withdrawn' as const),
      occurredAt: fc.integer({ min: 0, max: 20 }).map((minute) => new Date(Date.UTC(2026, 0, 1, 0, minute))),
    }),
    { maxLength: 25 },
  )
  // Ids as UUIDv7s print: fixed-width hex, unique, in recording order.
  .map((events) => events.map((e, i) => ({ ...e, id: `0190${i.toString(16).padStart(4, '0')}` })));

let n = 0;
const event = (
  channel: Channel,
  status: 'granted' | 'withdrawn',
  day: number,
  purpose = 'newsletter',
): ConsentEventLike => ({
  id: `id-${String(n++).padStart(4, '0')}`,
  purpose,
  channel,
  status,
  occurredAt: new Date(Date.UTC(2026, 0, day)),
});

/** The definition, straight: the latest event of the purpose on this channel or on `any` decides. */
function expected(events: ConsentEventLike[], purpose: string, channel: ContactChannel): boolean {
  const relevant = events
    .filter((e) => e.purpose === purpose && (e.channel === channel || e.channel === 'any'))
    .sort(compareEvents);
  return relevant.at(-1)?.status === 'granted';
}

describe('folding the ledger into the current state', () => {
  it('keeps the latest event per purpose and channel, ties broken by id', () => {
    const first = event('email', 'granted', 1);
    const second = event('email', 'withdrawn', 2);
    const sameDay = { ...event('email', 'granted', 2) };
    expect(foldConsents([second, first])).toMatchObject([{ channel: 'email', status: 'withdrawn' }]);
    expect(foldConsents([sameDay, second, first])).toMatchObject([
      { channel: 'email', status: 'granted', event: sameDay },
    ]);
  });

  it('lets a withdrawal on any channel override earlier grants, and a later grant stand over it', () => {
    const email = event('email', 'granted', 1);
    const sms = event('sms', 'granted', 2);
    const all = event('any', 'withdrawn', 3);
    const smsAgain = event('sms', 'granted', 4);
    const state = foldConsents([email, sms, all, smsAgain]);
    expect(state.map((s) => [s.channel, s.status, s.event.id])).toEqual([
      ['email', 'withdrawn', all.id],
      ['sms', 'granted', smsAgain.id],
      ['any', 'withdrawn', all.id],
    ]);
    expect(mayContact(state, 'newsletter', 'email')).toBe(false);
    expect(mayContact(state, 'newsletter', 'sms')).toBe(true);
    expect(mayContact(state, 'newsletter', 'post')).toBe(false);
    expect(mayContact(state, 'marketing', 'sms')).toBe(false);
  });

  it('grants every channel through a grant on any, unless the channel was withdrawn later', () => {
    const state = foldConsents([event('any', 'granted', 1), event('phone', 'withdrawn', 2)]);
    expect(mayContact(state, 'newsletter', 'email')).toBe(true);
    expect(mayContact(state, 'newsletter', 'phone')).toBe(false);
  });

  it('does not depend on the order the events come in', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
        ),
        ([events, shuffled]) => {
          expect(foldConsents(shuffled)).toEqual(foldConsents(events));
        },
      ),
    );
  });

  it('answers mayContact as the latest event on the channel or on any says', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const state = foldConsents(events);
        for (const purpose of PURPOSES)
          for (const channel of CONTACT_CHANNELS)
            expect(mayContact(state, purpose, channel)).toBe(expected(events, purpose, channel));
      }),
    );
  });

  it('refuses every channel of a purpose after a withdrawal on any, until a later grant', () => {
    fc.assert(
      fc.property(eventsArb, fc.constantFrom(...PURPOSES), (events, purpose) => {
        const withdrawal = {
          id: 'ffff',
          purpose,
          channel: 'any' as const,
          status: 'withdrawn' as const,
          occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 21)),
        };
        const state = foldConsents([...events, withdrawal]);
        for (const channel of CONTACT_CHANNELS) expect(mayContact(state, purpose, channel)).toBe(false);
        for (const s of state.filter((s) => s.purpose === purpose)) expect(s.status).toBe('withdrawn');
      }),
    );
  });
});

describe('what the ledger refuses', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  it('accepts a plain event and names each bad field', () => {
    expect(consentErrors({ purpose: 'product_updates', channel: 'email', status: 'granted' }, now)).toEqual(
      [],
    );
    const errors = consentErrors(
      {
        purpose: 'News letter',
        channel: 'fax',
        status: 'maybe',
        lawfulBasis: 'whim',
        source: 'rumour',
        evidence: 'x'.repeat(2001),
        occurredAt: new Date('2026-06-02T00:00:00Z'),
      },
      now,
    );
    expect(errors.map((e) => e.path)).toEqual([
      '/purpose',
      '/channel',
      '/status',
      '/lawfulBasis',
      '/source',
      '/evidence',
      '/occurredAt',
    ]);
  });

  it.each([
    ['n', false],
    ['newsletter', true],
    ['9lives', false],
    ['_x', false],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    ['Newsletter', false],
  ])('purpose %s is valid: %s', (purpose, valid) => {
    expect(consentErrors({ purpose, channel: 'any', status: 'granted' }, now)).toHaveLength(valid ? 0 : 1);
  });

  it('allows a past date and a few minutes of clock skew', () => {
    for (const occurredAt of [new Date('2019-01-01T00:00:00Z'), new Date(now.getTime() + 60_000)])
      expect(
        consentErrors({ purpose: 'newsletter', channel: 'sms', status: 'withdrawn', occurredAt }, now),
      ).toEqual([]);
  });
});

describe('the history line', () => {
  it('says what, for what and how', () => {
    expect(consentSubject({ status: 'granted', purpose: 'newsletter', channel: 'email' })).toBe(
      'Consent granted: newsletter by email',
    );
    expect(consentSubject({ status: 'withdrawn', purpose: 'marketing', channel: 'any' })).toBe(
      'Consent withdrawn: marketing on any channel',
    );
  });
});
