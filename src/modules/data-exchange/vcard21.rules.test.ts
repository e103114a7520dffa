import fc from 'fast-check';
import iconv from 'iconv-lite';
import { encode, wrap } from 'libqp';
import { describe, expect, it } from 'vitest';
import { vcardDraft } from './vcard.rules.ts';
import { upgradeVCard21 } from './vcard21.rules.ts';

const personOf = (card: string) => {
  const drafted = vcardDraft(card);
  if (!drafted.ok) throw new Error(drafted.reason);
  return { ...drafted.draft.input, company: drafted.draft.company };
};

describe('vCard 2.1, as Android and Outlook export it', () => {
  it('reads quoted-printable names over soft line breaks, bare types, and leaves the photo out', () => {
    const android = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller-L=C3=BCdenscheid;J=C3=BCrgen=20=',
      'Andr=C3=A9;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen Andr=C3=A9 M=C3=BCller-L=C3=BCdenscheid',
      'TEL;CELL:+49 171 2345678',
      'TEL;WORK;PREF:+49 30 1234567',
      'EMAIL;HOME:juergen@example.de',
      'ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller GmbH',
      'NOTE;ENCODING=QUOTED-PRINTABLE:Met at the fair=0D=0Aasked for a quote',
      'PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkI',
      ' CQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAI',
      '',
      'X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Jürgi;1;;;;;;;;;;;;;',
      'END:VCARD',
    ].join('\r\n');
    expect(personOf(android)).toMatchObject({
      firstName: 'Jürgen André',
      lastName: 'Müller-Lüdenscheid',
      emails: [{ address: 'juergen@example.de', type: 'personal' }],
      phones: [
        { number: '+49 171 2345678', type: 'mobile' },
        { number: '+49 30 1234567', type: 'work' },
      ],
      company: { name: 'Müller GmbH' },
    });
    expect(upgradeVCard21(android)).not.toContain('PHOTO');
  });

  it('decodes the charset a value names, and keeps commas as text', () => {
    const outlook = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Lef=E8vre;Zo=EB',
      'ORG:Smith, Jones & Co;Sales, EMEA',
      'TITLE:Director, Sales',
      'ADR;WORK:;;Flat 3, 12 High St;London;;SW1Y 4JH;United Kingdom',
      'EMAIL;PREF;INTERNET:zoe@example.co.uk',
      'END:VCARD',
    ].join('\n');
    expect(personOf(outlook)).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Lefèvre',
      jobTitle: 'Director, Sales',
      company: { name: 'Smith, Jones & Co' },
      addresses: [{ type: 'work', street: 'Flat 3, 12 High St', city: 'London', country: 'GB' }],
      emails: [{ address: 'zoe@example.co.uk' }],
    });
  });

  it('leaves cards of other versions as they are', () => {
    const card = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nTEL;TYPE=cell:+44 20 7946 0958\r\nEND:VCARD';
    expect(upgradeVCard21(card)).toBe(card);
  });

  it('keeps a space that begins the line after a soft break: it is the value’s own', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Lovelace;Ada',
      'TITLE;ENCODING=QUOTED-PRINTABLE:Head of=',
      ' Sales',
      'END:VCARD',
    ].join('\r\n');
    expect(personOf(card).jobTitle).toBe('Head of Sales');
  });

  it('gives back any job title written in quoted-printable, in any charset it names', () => {
    const text = fc
      .oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
        fc.string({ unit: 'binary-ascii' }),
      )
      .filter((s) => s.trim() !== '' && !/[\\\p{Cc}]/u.test(s));
    fc.assert(
      fc.property(text, fc.constantFrom('UTF-8', 'windows-1252'), (title, charset) => {
        // A title the charset can write: Outlook's Western European one has some 250 characters.
        fc.pre(iconv.decode(iconv.encode(title, charset), charset) === title);
        const encoded = wrap(encode(iconv.encode(title, charset)), 40);
        const card = [
          'BEGIN:VCARD',
          'VERSION:2.1',
          'N:Lovelace;Ada',
          `TITLE;CHARSET=${charset};ENCODING=QUOTED-PRINTABLE:${encoded.replace(/\r?\n/g, '\r\n')}`,
          'END:VCARD',
        ].join('\r\n');
        expect(personOf(card).jobTitle).toBe(title.trim());
      }),
    );
  });
});
