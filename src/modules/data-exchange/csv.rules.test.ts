import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  csvRecords,
  DELIMITERS,
  decodeSample,
  detectDelimiter,
  detectEncoding,
  neutraliseFormula,
  repairMojibake,
  restoreFormula,
  uniqueHeader,
} from './csv.rules.ts';
import { normaliseHeader } from './header-aliases.rules.ts';
import { proposeMapping } from './mapping.rules.ts';

// Text a Western spreadsheet holds: letters with and without accents, digits, punctuation, quotes,
// line breaks. Other candidate delimiters are left out: a value with an unquoted one is ambiguous to
// any reader. So are the Windows-1252 characters whose bytes are UTF-8 continuation bytes (€, Œ):
// after "É" they read as valid UTF-8, which no detector can tell apart (tested separately below).
const CHARS = 'abcxyzABCXYZ0123456789 .@-_"\'\n\r/()éèàçüöäßøåñÉÜÖÆ';

const cell = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 12 });
// Legacy single-byte files are detected from their words, as every detector does: cells of words.
const WORDS = [
  'José',
  'Müller',
  'Françoise',
  'Straße',
  'Ærø',
  'Øster',
  'naïve',
  'Renée',
  'Köln',
  'São',
  'Paulo',
  'Ana',
];
const wordCell = fc
  .array(fc.constantFrom(...WORDS, 'a', '1', '"', '\n', ' '), { maxLength: 4 })
  .map((parts) => parts.join(' '));
const encodings = [
  { name: 'utf-8', bom: false },
  { name: 'utf-8', bom: true },
  { name: 'utf-16le', bom: true },
  { name: 'utf-16be', bom: true },
  { name: 'windows-1252', bom: false },
] as const;

describe('reading a file the way a spreadsheet wrote it', () => {
  it('detects the encoding and the delimiter, and reads back the same values', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 2, max: 6 }), fc.constantFrom(...encodings)).chain(([width, encoding]) =>
          fc.record({
            rows: fc.array(
              fc.array(encoding.name === 'windows-1252' ? wordCell : cell, {
                minLength: width,
                maxLength: width,
              }),
              { minLength: 3, maxLength: 12 },
            ),
            delimiter: fc.constantFrom(...DELIMITERS),
            encoding: fc.constant(encoding),
            header: fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{2,8}$/), {
              minLength: width,
              maxLength: width,
            }),
          }),
        ),
        ({ rows, delimiter, encoding, header }) => {
          const text = csvRecords([header, ...rows], delimiter);
          const bytes = iconv.encode(text, encoding.name, { addBOM: encoding.bom });
          const detected = detectEncoding(bytes);
          const decoded = decodeSample(bytes, detected.encoding);
          expect(decoded).toBe(text);
          expect(detectDelimiter(decoded, true)).toBe(delimiter);
          expect(parse(decoded, { delimiter })).toEqual([header, ...rows]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes any cells so that a strict reader, for which every line break outside quotes ends a row, reads them back', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DELIMITERS),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (delimiter, rows) => {
          const text = csvRecords(rows, delimiter);
          expect(text.endsWith('\r\n')).toBe(true);
          const strict = parse(text, {
            delimiter,
            record_delimiter: ['\r\n', '\n', '\r'],
            skip_empty_lines: true,
            relax_column_count: true,
          });
          // A row of one empty cell is an empty line, which readers skip.
          expect(strict).toEqual(rows.filter((row) => row.length > 1 || row[0] !== ''));
        },
      ),
      { numRuns: 1000 },
    );
    expect(csvRecords([['1 Market St\nSuite 300', 'SF']])).toBe('"1 Market St\nSuite 300",SF\r\n');
  });

  it('reads Windows-1252 text that is not valid UTF-8, and UTF-16 without a byte-order mark', () => {
    expect(detectEncoding(iconv.encode('Nom;Ville\nRenée;Besançon\n', 'windows-1252')).encoding).toBe(
      'windows-1252',
    );
    expect(detectEncoding(iconv.encode('x|ü\n', 'windows-1252')).encoding).toBe('windows-1252');
    expect(detectEncoding(iconv.encode('Prix\n12 €\nŒuvre\n', 'windows-1252')).encoding).toBe('windows-1252');
    // A whole file that ends in a lead byte is not UTF-8 cut short.
    expect(detectEncoding(iconv.encode('a\né', 'windows-1252'), true).encoding).toBe('windows-1252');
    expect(detectEncoding(iconv.encode('name,city\nRenée,Köln\n', 'utf-16le')).encoding).toBe('utf-16le');
    const russian =
      'Имя;Город\nИван;Москва\nАнна;Санкт-Петербург\nОльга;Новосибирск\nСергей;Екатеринбург\n'.repeat(2);
    expect(detectEncoding(iconv.encode(russian, 'windows-1251'), true).encoding).toBe('windows-1251');
    expect(detectEncoding(iconv.encode(russian, 'koi8-r'), true).encoding).toBe('koi8-r');
    // A sample cut inside a multi-byte character is still UTF-8.
    expect(detectEncoding(Buffer.from('Zoë', 'utf8').subarray(0, 3)).encoding).toBe('utf-8');
  });

  it('finds the delimiter of a truncated sample and of a one-column file', () => {
    expect(detectDelimiter('a;b;c\n1;2;3\n4;5;"six\nsix";x', false)).toBe(';');
    expect(detectDelimiter('email\na@example.com\n', true)).toBe(',');
  });

  it('names blank and repeated header cells so a mapping can tell them apart', () => {
    expect(uniqueHeader(['Email', '', 'Email', ' Phone ', 'Email'])).toEqual([
      'Email',
      'Column 2',
      'Email (2)',
      'Phone',
      'Email (3)',
    ]);
  });

  it('never writes a cell a spreadsheet would run as a formula, and reads it back unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = neutraliseFormula(text);
        expect(/^[=@\t\r]/.test(written)).toBe(false);
        expect(restoreFormula(written)).toBe(text.startsWith("'") ? restoreFormula(text) : text);
      }),
    );
    expect(neutraliseFormula('+14155552671')).toBe('+14155552671');
    expect(neutraliseFormula('-12.5')).toBe('-12.5');
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutraliseFormula('+cmd|x')).toBe("'+cmd|x");
  });
});

describe('proposing fields for headers', () => {
  const KNOWN: [string, string][] = [
    ['First Name', 'firstName'],
    ['Last Name', 'lastName'],
    ['Email', 'email'],
    ['Email Address', 'email'],
    ['Phone Number', 'phone'],
    ['Mobile Phone Number', 'mobilePhone'],
    ['Company Name', 'company.name'],
    ['Job Title', 'jobTitle'],
    ['Lifecycle Stage', 'lifecycleStage'],
    ['Street Address', 'street'],
    ['City', 'city'],
    ['State/Region', 'region'],
    ['Postal Code', 'postalCode'],
    ['Country/Region', 'country'],
    ['Website URL', 'company.domain'],
    ['Account Name', 'company.name'],
    ['MailingCity', 'city'],
    ['MailingCountry', 'country'],
    ['Title', 'jobTitle'],
    ['firstName', 'firstName'],
    ['customFields.shoeSize', 'customFields.shoeSize'],
    ['Shoe size', 'customFields.shoeSize'],
    // Pipedrive, Google and Outlook contacts, Salesforce reports.
    ['Person - Email - Work', 'email'],
    ['Person - Email - Home', 'emails'],
    ['Person - Organization', 'company'],
    ['E-mail 1 - Value', 'email'],
    ['E-mail 2 Address', 'emails'],
    ['Organization Name', 'company.name'],
    ['Mailing Street', 'street'],
    ['Mailing Zip/Postal Code', 'postalCode'],
    ['Associated Company', 'company'],
    ['Mailing Zip', 'postalCode'], // Zoho
  ];
  const custom = [{ key: 'shoeSize', label: 'Shoe size', type: 'number' }];

  /** The same header as people type it: any case, spaces, underscores, dashes, dots. */
  const variant = (header: string) =>
    fc
      .tuple(
        fc.array(fc.boolean(), { minLength: header.length, maxLength: header.length }),
        fc.constantFrom(' ', '_', '-', '.', ''),
        fc.constantFrom('', ' ', '  '),
      )
      .map(([upper, separator, pad]) => {
        const cased = [...header].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
        return `${pad}${cased.replace(/ /g, separator)}${pad}`;
      });

  it('maps HubSpot, Salesforce and API headers whatever their case and punctuation', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...KNOWN)
          .chain(([header, target]) => variant(header).map((v) => [v, target] as const)),
        ([header, target]) => {
          expect(proposeMapping('people', [header], custom)[header]).toBe(target);
        },
      ),
    );
  });

  it('never proposes a single-valued field twice: a second e-mail column adds e-mails', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...KNOWN.map(([h]) => h), 'Notes', 'Email'), { maxLength: 12 }),
        (picked) => {
          const header = uniqueHeader(picked);
          const mapping = proposeMapping('people', header, custom);
          const singles = Object.values(mapping).filter(
            (f): f is string => f !== null && !['emails', 'phones', 'mobilePhone', 'tags'].includes(f),
          );
          expect(new Set(singles).size).toBe(singles.length);
        },
      ),
    );
    expect(proposeMapping('people', ['Email', 'Email (2)'], [])).toEqual({
      Email: 'email',
      'Email (2)': 'emails',
    });
    expect(normaliseHeader('  E-Mail Address ')).toBe('emailaddress');
  });

  it('takes Outlook’s “Title” for the salutation it is beside a “Job Title”, wherever the two stand', () => {
    const outlook = ['First Name', 'Title', 'Last Name', 'Company', 'Job Title'];
    expect(proposeMapping('people', outlook, [])).toMatchObject({ Title: null, 'Job Title': 'jobTitle' });
    expect(Object.keys(proposeMapping('people', outlook, []))).toEqual(outlook);
    // Salesforce's "Title" is the job title, beside a "Salutation".
    expect(proposeMapping('people', ['Salutation', 'Title'], [])).toEqual({
      Salutation: null,
      Title: 'jobTitle',
    });
  });

  it('leaves out the columns no field means: other systems’ ids, statuses and sources', () => {
    const header = [
      'Record ID',
      'Contact ID',
      'Lead Status',
      'Lead Source',
      'Original Source',
      'Email Domain',
      'Street Address 2',
    ];
    for (const object of ['people', 'companies'] as const) {
      expect(Object.values(proposeMapping(object, header, [])).filter(Boolean)).toEqual([]);
      // The other system's created date is kept, as HubSpot, Salesforce and our own exports name it.
      expect(proposeMapping(object, ['Create Date', 'CreatedDate', 'Created'], [])).toEqual({
        'Create Date': 'createdAt',
        CreatedDate: null,
        Created: null,
      });
    }
    expect(
      proposeMapping(
        'companies',
        ['Organization - Name', 'Billing Zip/Postal Code', 'Billing State/Province', 'Organization - Owner'],
        [],
      ),
    ).toEqual({
      'Organization - Name': 'name',
      'Billing Zip/Postal Code': 'postalCode',
      'Billing State/Province': 'region',
      'Organization - Owner': 'owner',
    });
    // Pipedrive's organisations export, and Zoho's accounts.
    const pipedrive = [
      'Organization - Website',
      'Organization - Industry',
      'Organization - Number of employees',
      'Organization - Annual revenue',
      'Organization - Phone',
    ];
    expect(Object.values(proposeMapping('companies', pipedrive, []))).toEqual([
      'website',
      'industry',
      'employees',
      'annualRevenue',
      'phone',
    ]);
    expect(proposeMapping('companies', ['Billing Code'], [])).toEqual({ 'Billing Code': 'postalCode' });
  });
});

describe('cells garbled by a wrong encoding before the file reached us', () => {
  /** UTF-8 text read as Windows-1252, as a spreadsheet does when it guesses wrong. */
  const garbled = (text: string) =>
    Array.from(Buffer.from(text, 'utf8'), (byte) => {
      const char = iconv.decode(Buffer.from([byte]), 'windows-1252');
      return char === '\uFFFD' ? String.fromCharCode(byte) : char;
    }).join('');

  it('reads any text back as it was written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(repairMojibake(garbled(text))).toBe(text);
      }),
    );
    expect(repairMojibake('JosÃ© GarcÃ­a')).toBe('José García');
    expect(repairMojibake('Ã…sa MÃ¼ller â€“ Zürich')).toBe('Ã…sa MÃ¼ller â€“ Zürich'); // mixed: left alone
  });

  it('leaves sound text alone, accents and all', () => {
    for (const text of [
      'José García',
      'Jörg Müller, Straße 5',
      'Łukasz Gonçalves',
      'Ærøskøbing',
      'Œuvre № 5 — “quoted” £20 ©',
      'Šimon Žák',
      'Ã la carte',
      'Ça va',
      '東京',
    ])
      expect(repairMojibake(text)).toBe(text);
  });
});
