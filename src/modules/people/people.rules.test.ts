import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanDomain,
  cleanWebsite,
  companyDomainOfEmail,
  storedDomain,
} from '../companies/companies.rules.ts';
import {
  asciiDomain,
  cleanEmail,
  defaultEmailType,
  domainFragment,
  emailFragments,
  mergeEmails,
  storedEmail,
} from './people.rules.ts';

// Letters whose lower and upper cases map one to one ("ß" and "ς" do not: "STRASSE" is another name).
const LETTERS = 'abcxyz0123456789äöüéèçñøåδλжпя';
const label = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 10 });
const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('de', 'com', 'fr', 'рф', 'org'))
  .map(([labels, tld]) => [...labels, tld].join('.'));
const local = fc.string({
  unit: fc.constantFrom(...LETTERS, '.', '_', '+', '-'),
  minLength: 1,
  maxLength: 12,
});

describe('internationalised e-mails', () => {
  it('accepts letters of any script, and stores the domain as its A-label', () => {
    expect(cleanEmail('Jörg@Müller.de')).toEqual({ ok: true, value: 'jörg@xn--mller-kva.de' });
    expect(cleanEmail('jörg@xn--mller-kva.de')).toEqual({ ok: true, value: 'jörg@xn--mller-kva.de' });
    expect(cleanEmail(' ADA@Example.COM ')).toEqual({ ok: true, value: 'ada@example.com' });
    for (const bad of ['ada@', '@x.com', 'a@b@c.com', 'a b@x.com', '„ada“@x.com', 'ada@x', 'ada@exämple'])
      expect(cleanEmail(bad)).toEqual({ ok: false, reason: `"${bad}" is not an e-mail address.` });
  });

  it('gives one stored form whatever the case and whichever form of the domain is typed', () => {
    fc.assert(
      fc.property(local, domain, (name, host) => {
        const stored = cleanEmail(`${name}@${host}`);
        fc.pre(stored.ok);
        const value = stored.ok ? stored.value : '';
        expect(value).toBe(`${name.toLowerCase()}@${domainToASCII(host)}`);
        expect(cleanEmail(`${name.toUpperCase()}@${host.toUpperCase()}`)).toEqual(stored);
        expect(cleanEmail(`${name}@${domainToASCII(host)}`)).toEqual(stored);
        expect(cleanEmail(value)).toEqual(stored);
      }),
    );
  });

  it('writes a decomposed letter as its composed form (NFC)', () => {
    expect(cleanEmail('jo\u0308rg@mu\u0308ller.de')).toEqual({ ok: true, value: 'jörg@xn--mller-kva.de' });
  });
});

describe('internationalised domains', () => {
  it('reads a host, a URL and an A-label as one domain', () => {
    fc.assert(
      fc.property(domain, fc.constantFrom('', '/', '/about?x=1'), (host, path) => {
        const stored = cleanDomain(host);
        expect(stored).toEqual({ ok: true, value: domainToASCII(host) });
        expect(cleanDomain(`https://www.${host.toUpperCase()}${path}`)).toEqual(stored);
        expect(cleanDomain(`${domainToASCII(host)}${path}`)).toEqual(stored);
        expect(cleanDomain(stored.ok ? stored.value : '')).toEqual(stored);
      }),
    );
    expect(cleanDomain('https://www.münchen.de/')).toEqual({ ok: true, value: 'xn--mnchen-3ya.de' });
    expect(cleanDomain('пример.рф')).toEqual({ ok: true, value: 'xn--e1afmkfd.xn--p1ai' });
    expect(cleanDomain('straße.de')).toEqual({ ok: true, value: 'xn--strae-oqa.de' });
    expect(cleanDomain('ｍüｎｃｈｅｎ．ｄｅ')).toEqual({ ok: true, value: 'xn--mnchen-3ya.de' });
    for (const bad of ['not a domain', 'a_b.com', 'xn--zz.de', 'localhost', '1.2.3.4'])
      expect(cleanDomain(bad).ok).toBe(false);
  });

  it('stores a website as its URL reads, with the host as its A-label', () => {
    expect(cleanWebsite('https://www.münchen.de/')).toEqual({
      ok: true,
      value: 'https://www.xn--mnchen-3ya.de/',
    });
  });

  it('gives an e-mail’s company domain in the form company domains are stored in', () => {
    const email = cleanEmail('jörg@müller.de');
    expect(email.ok && companyDomainOfEmail(email.value)).toBe(
      cleanDomain('müller.de').ok && 'xn--mller-kva.de',
    );
    expect(companyDomainOfEmail('ada@GMAIL.com')).toBeUndefined();
    expect(companyDomainOfEmail('no address')).toBeUndefined();
    expect(asciiDomain('')).toBe('');
  });
});

describe('what a list filter compares', () => {
  it('takes a whole value in its stored form, or as typed when it is not an address or a domain', () => {
    expect(storedEmail('Jörg@MÜLLER.de')).toBe('jörg@xn--mller-kva.de');
    expect(storedEmail('jörg@müller')).toBe('jörg@müller');
    expect(storedDomain('https://www.MÜNCHEN.de/rathaus')).toBe('xn--mnchen-3ya.de');
    expect(storedDomain('münchen')).toBe('münchen');
  });

  it('finds a run of whole labels, typed in any case, inside the stored domain and address', () => {
    const run = fc
      .tuple(fc.array(label, { minLength: 2, maxLength: 4 }), fc.nat(), fc.nat())
      .map(([labels, a, b]) => {
        const from = a % labels.length;
        return { labels, run: labels.slice(from, from + 1 + (b % (labels.length - from))).join('.') };
      });
    fc.assert(
      fc.property(run, local, fc.nat(), fc.boolean(), ({ labels, run }, name, cut, upper) => {
        const stored = cleanEmail(`${name}@${labels.join('.')}.de`);
        fc.pre(stored.ok);
        const email = stored.ok ? stored.value : '';
        const typed = (text: string) => (upper ? text.toUpperCase() : text);
        const found = (forms: string[]) => forms.some((f) => email.includes(f.toLowerCase()));
        expect(email).toContain(domainFragment(typed(run)).toLowerCase());
        expect(found(emailFragments(typed(run)))).toBe(true);
        expect(found(emailFragments(typed(name.slice(cut % name.length))))).toBe(true);
        const head = labels.slice(0, 1 + (cut % labels.length)).join('.');
        expect(found(emailFragments(typed(`${name.slice(cut % name.length)}@${head}`)))).toBe(true);
      }),
    );
    expect(domainFragment('MÜNCHEN.d')).toBe('xn--mnchen-3ya.d');
    // A part of a label has no A-label of its own: it is not found, as the decision says.
    expect('xn--mnchen-3ya.de'.includes(domainFragment('münch'))).toBe(false);
  });
});

describe('the default type of an e-mail', () => {
  it.each([
    ['ada@gmail.com', 'personal'],
    ['ada@googlemail.com', 'personal'],
    ['ada@yahoo.fr', 'personal'],
    ['ada@hotmail.co.uk', 'personal'],
    ['ada@icloud.com', 'personal'],
    ['ada@proton.me', 'personal'],
    ['ada@gmx.de', 'personal'],
    ['ada@t-online.de', 'personal'],
    ['ada@qq.com', 'personal'],
    ['ADA@GMAIL.COM', 'personal'],
    ['ada@acme.com', 'work'],
    ['ada@mail.gmail.com.acme.com', 'work'],
    ['ada@example.com', 'work'],
    ['gmail.com@acme.com', 'work'],
  ])('%s is %s', (address, type) => {
    expect(defaultEmailType(address)).toBe(type);
  });

  it('lets the primary keep the type the list gives its address, else its default', () => {
    const list = [{ address: 'ada@gmail.com', type: 'work' as const }];
    expect(mergeEmails('ada@gmail.com', list)).toEqual(list);
    expect(mergeEmails('ada@live.fr', list)[0]).toEqual({ address: 'ada@live.fr', type: 'personal' });
  });
});
