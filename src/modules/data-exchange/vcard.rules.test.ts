import fc from 'fast-check';
import ICAL from 'ical.js';
import VCard from 'vcf';
import { describe, expect, it } from 'vitest';
import type { PersonJson } from '../people/index.ts';
import { escapeText, foldLine, personToVCard, unescapeText, unfold, vcardDraft } from './vcard.rules.ts';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const normalised = (text: string) => text.replace(/\r\n|\r/g, '\n');

describe('vCard text (RFC 6350 §3.2, §3.4)', () => {
  // Any Unicode, with the characters that need escaping or care much more often than chance.
  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom('\\', ',', ';', '\n', '\r\n', ':', '"', ' ', 'é', '€', '😀'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    ),
    maxLength: 200,
  });

  it('escapes and folds any text so that it reads back the same, no line over 75 octets', () => {
    fc.assert(
      fc.property(text, text, (title, family) => {
        const lines = [`TITLE:${escapeText(title)}`, `N:${escapeText(family, true)};Ada;;;`].map(foldLine);
        for (const physical of lines.join('\r\n').split('\r\n'))
          expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(lines.map(unfold)).toEqual([
          `TITLE:${escapeText(title)}`,
          `N:${escapeText(family, true)};Ada;;;`,
        ]);
        expect(unescapeText(escapeText(title))).toBe(normalised(title));
        expect(unescapeText(escapeText(family, true))).toBe(normalised(family));
        const card = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:x', ...lines, 'END:VCARD', ''].join('\r\n');
        const parsed = new ICAL.Component(ICAL.parse(card) as never);
        expect(parsed.getFirstPropertyValue('title') ?? '').toBe(normalised(title));
        // ical.js reads \\; (an escaped backslash, then a separator) as an escaped semicolon.
        if (!family.endsWith('\\'))
          expect((parsed.getFirstPropertyValue('n') as unknown as string[])[0]).toBe(normalised(family));
      }),
      { numRuns: 500 },
    );
  });

  it('never splits a character across folded lines', () => {
    const folded = foldLine(`NOTE:${'é'.repeat(100)}😀😀`);
    for (const physical of folded.split('\r\n')) expect(physical).not.toContain('\ufffd');
    expect(folded.split('\r\n')[0]).toHaveLength(5 + 35); // 5 + 35 × 2 octets = 75
  });
});

const person: PersonJson = {
  id: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f',
  name: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace, Countess; of Lovelace',
  email: 'ada@example.com',
  phone: '+442079460958',
  emails: [
    { address: 'ada@example.com', type: 'work' },
    { address: 'ada@home.example', type: 'personal' },
  ],
  phones: [
    { number: '+442079460958', type: 'work', extension: '301' },
    { number: '+447700900123', type: 'mobile' },
  ],
  addresses: [
    {
      type: 'home',
      street: '12 St James’s Square, Flat 3',
      city: 'London',
      region: null,
      postalCode: 'SW1Y 4JH',
      country: 'GB',
      latitude: null,
      longitude: null,
    },
  ],
  jobTitle: 'Analyst\nand poet',
  companyId: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e50',
  company: { id: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e50', name: 'Analytical Engines, Ltd.' },
  ownerId: null,
  lifecycleStage: 'customer',
  lifecycleChangedAt: '2026-11-22T10:15:00.000Z',
  source: 'manual',
  tags: ['vip', 'math, poetry'],
  customFields: {},
  lastContactedAt: null,
  lastContactedBy: null,
  createdAt: '2026-11-22T10:15:00.000Z',
  updatedAt: '2026-11-22T10:15:30.123Z',
  version: 3,
};

describe('people as vCards', () => {
  it('writes a vCard 4.0 that ical.js and the vcf library both read back', () => {
    const text = personToVCard(person);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);

    const card = new ICAL.Component(ICAL.parse(text) as never);
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('uid')).toBe(`urn:uuid:${person.id}`);
    expect(card.getFirstPropertyValue('fn')).toBe('Ada Lovelace, Countess; of Lovelace');
    expect(card.getFirstPropertyValue('n')).toEqual(['Lovelace, Countess; of Lovelace', 'Ada', '', '', '']);
    expect(card.getAllProperties('email').map((p) => [p.getFirstValue(), p.getParameter('type')])).toEqual([
      ['ada@example.com', 'work'],
      ['ada@home.example', 'home'],
    ]);
    expect(card.getAllProperties('tel').map((p) => p.getFirstValue())).toEqual([
      'tel:+442079460958;ext=301',
      'tel:+447700900123',
    ]);
    expect(card.getAllProperties('tel')[1]?.getParameter('type')).toBe('cell');
    expect(card.getFirstPropertyValue('adr')).toEqual([
      '',
      '',
      '12 St James’s Square, Flat 3',
      'London',
      '',
      'SW1Y 4JH',
      'GB',
    ]);
    expect(card.getFirstPropertyValue('org')).toBe('Analytical Engines, Ltd.');
    expect(card.getFirstPropertyValue('title')).toBe('Analyst\nand poet');
    expect(card.getFirstProperty('categories')?.getValues()).toEqual(['vip', 'math, poetry']);
    expect(String(card.getFirstPropertyValue('rev'))).toBe('2026-11-22T10:15:30Z');
    expect(card.getFirstPropertyValue('created')).toBe('20261122T101500Z');

    const [other] = VCard.parse(text);
    const value = (key: string) => {
      const property = other?.get(key);
      return (Array.isArray(property) ? property : property ? [property] : []).map((p) =>
        unescapeText(p.valueOf()),
      );
    };
    expect(other?.version).toBe('4.0');
    expect(value('fn')).toEqual(['Ada Lovelace, Countess; of Lovelace']);
    expect(value('email')).toEqual(['ada@example.com', 'ada@home.example']);
    expect(value('tel')).toEqual(['tel:+442079460958;ext=301', 'tel:+447700900123']);
    expect(value('org')).toEqual(['Analytical Engines, Ltd.']);
    expect(value('uid')).toEqual([`urn:uuid:${person.id}`]);
    expect(value('created')).toEqual(['20261122T101500Z']);
  });

  it('reads a card back as the same person', () => {
    const drafted = vcardDraft(personToVCard(person));
    expect(drafted.ok).toBe(true);
    if (!drafted.ok) return;
    expect(drafted.draft.company).toEqual({ name: 'Analytical Engines, Ltd.' });
    expect(drafted.draft.input).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace, Countess; of Lovelace',
      emails: [
        { address: 'ada@example.com', type: 'work' },
        { address: 'ada@home.example', type: 'personal' },
      ],
      // The extension stays in the tel URI, which the import reads as any other written number.
      phones: [
        { number: '+442079460958;ext=301', type: 'work' },
        { number: '+447700900123', type: 'mobile' },
      ],
      addresses: [
        {
          type: 'home',
          street: '12 St James’s Square, Flat 3',
          city: 'London',
          region: null,
          postalCode: 'SW1Y 4JH',
          country: 'GB',
        },
      ],
      jobTitle: 'Analyst\nand poet',
      tags: ['vip', 'math, poetry'],
    });
    expect(drafted.draft.createdAt).toBe(person.createdAt);
  });

  it('keeps when the other program created the contact (CREATED), in any form RFC 6350 writes times', () => {
    const created = (value: string) => {
      const drafted = vcardDraft(`BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Al\r\nCREATED:${value}\r\nEND:VCARD\r\n`);
      return drafted.ok ? drafted.draft.createdAt : drafted.reason;
    };
    expect(created('20190304T050607Z')).toBe('2019-03-04T05:06:07.000Z');
    expect(created('20190304T050607+0200')).toBe('2019-03-04T03:06:07.000Z');
    expect(created('20190304T0506-05')).toBe('2019-03-04T10:06:00.000Z');
    expect(created('2019-03-04T05:06:07Z')).toBe('2019-03-04T05:06:07.000Z');
    expect(created('20190304')).toMatch(/^2019-03-04/);
    expect(created('29990101T000000Z')).toMatch(/^CREATED: "29990101T000000Z" is in the future/);
  });

  it('reads vCard 3.0 from other programs: FN only, country names, TYPE lists', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Grace Brewster Hopper',
      'EMAIL;TYPE=INTERNET,HOME:grace@example.org',
      'TEL;TYPE=CELL:+1 415 555 2671',
      'ADR;TYPE=WORK:;;1 Navy Way;Arlington;VA;22201;United States',
      'ORG:US Navy;Research',
      'END:VCARD',
    ].join('\r\n');
    const drafted = vcardDraft(card);
    expect(drafted.ok && drafted.draft.input).toMatchObject({
      firstName: 'Grace Brewster',
      lastName: 'Hopper',
      emails: [{ address: 'grace@example.org', type: 'personal' }],
      phones: [{ number: '+1 415 555 2671', type: 'mobile' }],
      addresses: [
        { street: '1 Navy Way', city: 'Arlington', region: 'VA', postalCode: '22201', country: 'US' },
      ],
    });
    expect(drafted.ok && drafted.draft.company).toEqual({ name: 'US Navy' });
    expect(vcardDraft('BEGIN:VCARD\r\nVERSION:4.0\r\nN:;;;;\r\nbroken line\r\nEND:VCARD').ok).toBe(false);
  });
});
