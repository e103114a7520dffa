import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import { cleanPerson } from '../people/index.ts';
import { companyDraft } from './company-rows.rules.ts';
import { personDraft } from './rows.rules.ts';
import { customValue, parseDate, parseNumber, splitEmails, splitPhones } from './values.rules.ts';

const word = (chars: string, min = 1) =>
  fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: 8 });
const address = fc
  .tuple(word('abcxyzABC0189._+-'), word('abcdefxyz'), fc.constantFrom('com', 'org', 'example'))
  .map(([local, host, tld]) => `${local}@${host}.${tld}`);
const displayName = fc.constantFrom('Ada', 'Ada Lovelace', 'Lovelace, Ada', 'O’Brien (work)');

/** An address as exports write it: bare, with a name (quoted when it holds a comma), or as a link. */
const written = fc.tuple(address, displayName, fc.nat(3)).map(([addr, name, form]) => {
  if (form === 0) return addr;
  if (form === 1) return `"${name}" <${addr}>`;
  if (form === 2) return `${name.replace(/[,()]/g, '')} <${addr}>`;
  return `mailto:${addr}`;
});
const emailSeparator = fc.constantFrom(', ', ';', ' | ', '\n', ' ', ' ::: ', '\r\n');

describe('several e-mail addresses in one cell', () => {
  it('gives every address in order, once whatever its case, and leaves the names around them out', () => {
    fc.assert(
      fc.property(fc.array(written, { minLength: 1, maxLength: 5 }), emailSeparator, (cells, separator) => {
        const addresses = cells.map((cell) => cell.replace(/^.*<|>$|^mailto:/g, ''));
        const once = addresses.filter(
          (a, i) => addresses.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i,
        );
        expect(splitEmails(cells.join(separator))).toEqual(once);
      }),
    );
  });

  it('gives a cell with no address back whole, so its reason quotes it', () => {
    expect(splitEmails(' not-an-email ')).toEqual(['not-an-email']);
    expect(splitEmails('ada@')).toEqual(['ada@']);
    expect(splitEmails('ada@x.com (work), ada@y.org.')).toEqual(['ada@x.com', 'ada@y.org']);
    expect(splitEmails("'ada@x.com'")).toEqual(['ada@x.com']);
  });

  it('keeps words right before a bare address with it, so the row is refused, not given to someone else', () => {
    expect(splitEmails('mark twain@example.com')).toEqual(['mark twain@example.com']);
    expect(splitEmails('ada@x.com; mark twain@example.com')).toEqual(['ada@x.com', 'mark twain@example.com']);
    // A name in front of "<…>" is a name, and a word after an address is none of the address.
    expect(splitEmails('Mark Twain <twain@example.com>')).toEqual(['twain@example.com']);
    expect(splitEmails('twain@example.com work')).toEqual(['twain@example.com']);
  });
});

/** A number as people write it: groups of digits parted by spaces, dashes, dots, slashes or brackets. */
const number = fc
  .tuple(
    fc.constantFrom('+44 ', '+1 ', '0', '(0)', ''),
    fc.array(word('0123456789', 2), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(' ', '-', '.', '/', ''),
    fc.constantFrom('', ',,12', ';ext=12', ' x12'),
  )
  .map(([prefix, groups, glue, extension]) => `${prefix}${groups.join(glue)}${extension}`);

describe('several phone numbers in one cell', () => {
  it('parts them at ";", "|", a line break or a comma before the next number, never inside one', () => {
    fc.assert(
      fc.property(
        fc.array(number, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('; ', ' | ', '\n', '\r\n', ' ::: ', ', '),
        (numbers, separator) => {
          expect(splitPhones(numbers.join(separator))).toEqual(numbers);
        },
      ),
    );
    expect(splitPhones('+1 415 555 2671, +44 20 7946 0958')).toEqual(['+1 415 555 2671', '+44 20 7946 0958']);
    expect(splitPhones('(415) 555-2671, (415) 555-2672')).toEqual(['(415) 555-2671', '(415) 555-2672']);
    expect(splitPhones('+1 415 555 2671,,12')).toEqual(['+1 415 555 2671,,12']);
    expect(splitPhones('+1 415 555 2671,12')).toEqual(['+1 415 555 2671,12']);
    expect(splitPhones(' ; ')).toEqual([';']);
  });
});

describe('a person row with several addresses and numbers per cell', () => {
  const plan = [
    { index: 0, column: 'Email', field: 'email' },
    { index: 1, column: 'Other e-mails', field: 'emails' },
    { index: 2, column: 'Phone', field: 'phone' },
    { index: 3, column: 'Mobile', field: 'mobilePhone' },
  ];
  const clean = (cells: string[]) => {
    const drafted = personDraft(cells, plan, { definitions: [] });
    if (!drafted.ok) throw new Error(drafted.reason);
    return {
      drafted: drafted.draft,
      ...cleanPerson(drafted.draft.input, undefined, { defaultCountry: 'GB', definitions: [] }),
    };
  };

  it('makes the first the primary, adds the others, lower-cased and once each', () => {
    const { values, errors } = clean([
      'Ada <ADA@x.example>; ada.l@y.example',
      'ada@x.example | "Lovelace, Ada" <ada@home.example>',
      '020 7946 0958\n+44 20 7946 0959',
      '07911 123456; 020 7946 0958',
    ]);
    expect(errors).toEqual([]);
    expect(values.emails?.map((e) => e.address)).toEqual([
      'ada@x.example',
      'ada.l@y.example',
      'ada@home.example',
    ]);
    expect(values.phones).toEqual([
      // The file gives the first number in the Mobile column too: that column's type stands.
      { number: '+442079460958', type: 'mobile' },
      { number: '+442079460959', type: 'work' },
      { number: '+447911123456', type: 'mobile' },
    ]);
  });

  it('names the column a bad address or number came from', () => {
    const { drafted, errors } = clean(['ada@x.example; ada@y', 'ok@x.example, bad@', '', '12']);
    expect(errors.map((e) => [e.path, drafted.columns[e.path.replace(/\/address$|\/number$/, '')]])).toEqual([
      ['/emails/0/address', 'Email'],
      ['/emails/2/address', 'Other e-mails'],
      ['/phones/0/number', 'Mobile'],
    ]);
  });

  it('reads a company’s several domains in its primary cell, and an internationalised one as a domain', () => {
    const drafted = companyDraft(
      ['münchen.de; muenchen.example'],
      [{ index: 0, column: 'Domain', field: 'domain' }],
      { definitions: [] },
    );
    expect(drafted.ok && drafted.draft.input).toEqual({
      domain: 'münchen.de',
      domains: ['muenchen.example'],
    });
    const person = personDraft(['münchen.de'], [{ index: 0, column: 'Company', field: 'company' }], {
      definitions: [],
    });
    expect(person.ok && person.draft.company).toEqual({ domain: 'münchen.de' });
  });
});

const ENGLISH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const day = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2099-12-31T00:00:00Z'),
  noInvalidDate: true,
});

describe('dates', () => {
  it('reads every form with one reading as the same day', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('long', 'short'), (date, style) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const month = ENGLISH[m - 1] ?? '';
        const name = style === 'long' ? month : month.slice(0, 3);
        for (const text of [
          iso,
          `${iso}T10:00:00Z`,
          `${y}/${m}/${d}`,
          `${d} ${name} ${y}`,
          `${name} ${d}, ${y}`,
          `${d}-${name}-${y}`,
        ])
          expect(parseDate(text)).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('reads day and month as numbers only when one order makes a date, and says why otherwise', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('/', '.', '-'), (date, sep) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const pad = (n: number) => String(n).padStart(2, '0');
        for (const text of [`${pad(d)}${sep}${pad(m)}${sep}${y}`, `${pad(m)}${sep}${pad(d)}${sep}${y}`]) {
          const parsed = parseDate(text);
          if (d > 12 || d === m) expect(parsed).toEqual({ ok: true, value: iso });
          else {
            expect(parsed.ok).toBe(false);
            expect(!parsed.ok && parsed.reason).toContain(iso);
          }
        }
      }),
    );
    expect(parseDate('05/12/2023')).toEqual({
      ok: false,
      reason:
        '"05/12/2023" could be 5 December or 12 May: write the date as YYYY-MM-DD (2023-12-05 or 2023-05-12).',
    });
    expect(parseDate('05/12/23')).toEqual({
      ok: false,
      reason: '"05/12/23" does not say its century: write the year in full, or the date as YYYY-MM-DD.',
    });
  });

  it('told the order of day and month, reads every such date that way, and refuses one only the other order makes', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('/', '.', '-'), (date, sep) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        expect(parseDate(`${d}${sep}${m}${sep}${y}`, 'dayFirst')).toEqual({ ok: true, value: iso });
        expect(parseDate(`${m}${sep}${d}${sep}${y}`, 'monthFirst')).toEqual({ ok: true, value: iso });
        // ISO and named months say their own order.
        expect(parseDate(iso, 'monthFirst')).toEqual({ ok: true, value: iso });
      }),
    );
    expect(parseDate('05/12/2023', 'dayFirst')).toEqual({ ok: true, value: '2023-12-05' });
    expect(parseDate('05/12/2023', 'monthFirst')).toEqual({ ok: true, value: '2023-05-12' });
    expect(parseDate('25/12/2023', 'monthFirst')).toEqual({
      ok: false,
      reason: '"25/12/2023" is not a date written month/day/year, as this import reads them.',
    });
    expect(parseDate('05/12/23', 'dayFirst').ok).toBe(false);
  });

  it('reads month names in French, German and Spanish, and refuses days a month lacks', () => {
    expect(parseDate('5. Dezember 2023')).toEqual({ ok: true, value: '2023-12-05' });
    expect(parseDate('1er février 2024')).toEqual({ ok: true, value: '2024-02-01' });
    expect(parseDate('3 ene 2024')).toEqual({ ok: true, value: '2024-01-03' });
    expect(parseDate('Tue, 5 Dec 2023')).toEqual({ ok: true, value: '2023-12-05' });
    for (const bad of ['2023-02-30', '31/04/2023', '29 Feb 2023', '13/13/2023', 'soon', '5 Smarch 2023'])
      expect(parseDate(bad)).toEqual({
        ok: false,
        reason: `"${bad}" is not a date (YYYY-MM-DD, or with the month's name: 5 Dec 2023).`,
      });
    expect(parseDate('29 Feb 2024')).toEqual({ ok: true, value: '2024-02-29' });
  });
});

describe('amounts with their currency', () => {
  it('reads a symbol or an ISO 4217 code before or after the amount', () => {
    for (const [text, value] of [
      ['USD 1,200.50', 1200.5],
      ['1.200,50 EUR', 1200.5],
      ['1 200,50 €', 1200.5],
      ['₹1,000', 1000],
      ['chf 12', 12],
    ] as const)
      expect(parseNumber(text)).toEqual({ ok: true, value });
    expect(parseNumber('USD').ok).toBe(false);
    expect(parseNumber('12 apples').ok).toBe(false);
  });
});

/** A custom field's definition as the import reads it: what the test names, the rest plain. */
const definition = (
  field: Pick<CustomFieldDefinition, 'key' | 'label' | 'type'> & Partial<CustomFieldDefinition>,
): CustomFieldDefinition => ({
  id: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f',
  required: false,
  unique: false,
  archived: false,
  choices: [],
  currency: null,
  target: null,
  ...field,
});

describe('a date-time field', () => {
  const lastActivity = definition({ key: 'lastActivity', label: 'Last activity', type: 'dateTime' });

  it('reads a moment as exports write it, its day and month in the file’s order', () => {
    expect(customValue(lastActivity, '2024-03-15 10:22')).toEqual({
      ok: true,
      value: '2024-03-15T10:22:00.000Z',
    });
    expect(customValue(lastActivity, '15.03.2024 10:22', 'dayFirst')).toEqual({
      ok: true,
      value: '2024-03-15T10:22:00.000Z',
    });
    expect(customValue(lastActivity, '3/15/2024 2:33 PM', 'monthFirst')).toEqual({
      ok: true,
      value: '2024-03-15T14:33:00.000Z',
    });
    expect(customValue(lastActivity, '2024-03-15')).toEqual({ ok: true, value: '2024-03-15T00:00:00.000Z' });
  });

  it('asks for the order of a date that reads both ways, and refuses what is no moment', () => {
    expect(customValue(lastActivity, '05/03/2024 10:22')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('could be 5 March or 3 May'),
    });
    expect(customValue(lastActivity, 'yesterday').ok).toBe(false);
    expect(customValue(lastActivity, '15.03.2024 25:00', 'dayFirst').ok).toBe(false);
  });
});
