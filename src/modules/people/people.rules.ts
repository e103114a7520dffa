import { domainToASCII } from 'node:url';
import { getCountries, parsePhoneNumberWithError, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { AddressEntry, EmailEntry, PhoneEntry } from './people.tables.ts';

/**
 * Pure rules for people: how contact details are cleaned and validated. No I/O; each function
 * returns the clean value or a reason, so callers can report every problem of an input at once.
 */
export const LIFECYCLE_STAGES = [
  'subscriber',
  'lead',
  'qualified',
  'opportunity',
  'customer',
  'evangelist',
  'churned',
  'other',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const SOURCES = [
  'manual',
  'import',
  'api',
  'form',
  'chat',
  'mail',
  'portal',
  'partner',
  'demo',
  'other',
] as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

// RFC 5321 limits and the WHATWG e-mail shape (what browsers accept): strict enough to catch typos,
// loose enough for real addresses. RFC 6531 lets the local part be letters and digits of any script
// ("jörg@…"), which has no ASCII form: it is kept as NFC, lower-cased like any other.
const LOCAL_PART = /^[\p{L}\p{M}\p{N}.!#$%&'*+/=?^_`{|}~-]+$/u;
const MAIL_DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/**
 * A domain in its one stored form, ASCII (IDNA A-labels, UTS #46 as WHATWG URLs map hosts):
 * "MÜNCHEN.de", "münchen.de" and "xn--mnchen-3ya.de" are all "xn--mnchen-3ya.de"; "" when it cannot
 * be one. ASCII because every domain stored before internationalised ones were accepted already was
 * (only ASCII passed, and a URL's host reads as punycode), because web addresses are stored as URLs
 * serialise them (punycode), and because e-mail domains and company domains must be one form for the
 * exact look-ups (GIN indexes compare bytes) to find one by the other.
 */
export function asciiDomain(raw: string): string {
  return domainToASCII(raw.trim());
}

/** "Jörg@MÜLLER.de" → "jörg@xn--mller-kva.de": the local part lower-cased, the domain as asciiDomain. */
export function cleanEmail(raw: string): Checked<string> {
  const text = raw.trim();
  const at = text.lastIndexOf('@');
  const local = text.slice(0, Math.max(at, 0)).normalize('NFC').toLowerCase();
  const domain = at > 0 ? asciiDomain(text.slice(at + 1)) : '';
  const email = `${local}@${domain}`;
  if (at <= 0 || email.length > 254 || !LOCAL_PART.test(local) || !MAIL_DOMAIN.test(domain))
    return { ok: false, reason: `"${text}" is not an e-mail address.` };
  return { ok: true, value: email };
}

/**
 * Free-mail providers' domains: an address there is the person's own, not their employer's, so an
 * e-mail given without a type (an import's cell, an API call that names none) is "personal" there
 * and "work" anywhere else. Exact domains (the duplicates' SQL compares them too) of the providers
 * customers' files hold most, with their usual country domains; a small list kept by hand, not a
 * registry: an address it misses is typed "work", as every address was before. Stored (A-label) form.
 */
export const FREE_MAIL_PROVIDERS = [
  'gmail.com',
  'googlemail.com',
  ...['com', 'fr', 'de', 'es', 'it', 'co.uk', 'co.jp', 'com.br', 'ca', 'in'].map((tld) => `yahoo.${tld}`),
  'ymail.com',
  ...['com', 'fr', 'de', 'es', 'it', 'co.uk', 'nl', 'be'].map((tld) => `outlook.${tld}`),
  ...['com', 'fr', 'de', 'es', 'it', 'co.uk', 'be', 'nl'].map((tld) => `hotmail.${tld}`),
  ...['com', 'fr', 'de', 'it', 'co.uk', 'nl', 'be'].map((tld) => `live.${tld}`),
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  ...['de', 'net', 'com', 'at', 'ch', 'fr'].map((tld) => `gmx.${tld}`),
  'web.de',
  't-online.de',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'libero.it',
  'mail.ru',
  ...['ru', 'com'].map((tld) => `yandex.${tld}`),
  'qq.com',
  '163.com',
  '126.com',
] as const;

const FREE_MAIL: ReadonlySet<string> = new Set(FREE_MAIL_PROVIDERS);

/** The type of an e-mail given without one: "personal" at a free-mail provider, else "work". */
export function defaultEmailType(address: string): 'personal' | 'work' {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return FREE_MAIL.has(domain) ? 'personal' : 'work';
}

/** A typed e-mail as cleanEmail stores it, or as typed when it is none: what a list filter compares. */
export function storedEmail(typed: string): string {
  const email = cleanEmail(typed);
  return email.ok ? email.value : typed;
}

/**
 * A fragment of a domain with its internationalised labels as their A-labels ("münchen.d" →
 * "xn--mnchen-3ya.d"), for contains and startsWith on stored domains. Exact only for whole labels: an
 * A-label encodes its label whole (RFC 3492), so "münch" cannot be found inside "xn--mnchen-3ya";
 * ASCII labels are kept as typed, a non-ASCII one that has no A-label too (it matches nothing stored).
 */
export function domainFragment(fragment: string): string {
  return fragment
    .split('.')
    .map((label) => (/^\p{ASCII}*$/u.test(label) ? label : asciiDomain(label) || label))
    .join('.');
}

/**
 * The forms a fragment of an e-mail takes in stored addresses: the local part NFC, the domain's
 * labels as A-labels. Without an "@" the fragment may be either part, so it has both forms.
 */
export function emailFragments(fragment: string): string[] {
  const at = fragment.lastIndexOf('@');
  if (at >= 0) return [`${fragment.slice(0, at).normalize('NFC')}@${domainFragment(fragment.slice(at + 1))}`];
  return [fragment.normalize('NFC'), domainFragment(fragment)];
}

const COUNTRIES = new Set<string>(getCountries());

export function cleanCountry(raw: string): Checked<string> {
  const written = raw.trim().toUpperCase();
  // ISO 3166-1 reserves "UK" for the United Kingdom at its request, and other CRMs export it.
  const code = written === 'UK' ? 'GB' : written;
  if (!COUNTRIES.has(code)) return { ok: false, reason: `"${raw.trim()}" is not an ISO 3166 country code.` };
  return { ok: true, value: code };
}

/** A phone number read: E.164, the extension dialled after it if any, and its type when none is given. */
export interface ReadPhone {
  number: string;
  extension?: string;
  /** "mobile" for a mobile number; "work" otherwise, and where the numbering plan cannot tell (+1). */
  defaultType: 'mobile' | 'work';
}

/**
 * E.164 (RFC 3966's global numbers): "+14155552671", with its extension apart ("… ext. 12",
 * "…;ext=12", "… x12"), since E.164 has none and dropping it would lose how to reach the person.
 * Numbers without a country use `defaultCountry`; when that is not a country code (a bad one in the
 * address), a number written with its own +code still reads, and one without is refused for want of a
 * country, not as no phone number at all. A number to store must be valid for its country (its length
 * and its leading digits), not merely possible: "06 12 34 56 78" in a US workspace is a French mobile
 * written without its country code, not "+10612345678", and is refused with a hint rather than stored
 * wrong. A number to find by (`purpose: 'find'`) need only be possible, so records stored before this
 * rule stay findable.
 */
export function readPhone(
  raw: string,
  defaultCountry: string | undefined,
  purpose: 'store' | 'find' = 'store',
): Checked<ReadPhone> {
  const written = raw.trim();
  // libphonenumber throws on a region it does not know, even for a number that has its own +code.
  const region = defaultCountry && COUNTRIES.has(defaultCountry) ? defaultCountry : undefined;
  try {
    const parsed = parsePhoneNumberWithError(written, region ? { defaultCountry: region as never } : {});
    // A number written without its +code was read in the region's plan: it may be another country's
    // (one too long for it, or not valid in it; one too short is only too short).
    const end =
      !written.startsWith('+') && region ? ` in ${region}: write it with its country code (+…).` : '.';
    if (!parsed.isPossible()) {
      const short = validatePhoneNumberLength(written, region as never) === 'TOO_SHORT';
      return { ok: false, reason: `"${written}" is not a possible phone number${short ? '.' : end}` };
    }
    if (purpose === 'store' && !parsed.isValid())
      return { ok: false, reason: `"${written}" is not a valid phone number${end}` };
    const defaultType = parsed.getType() === 'MOBILE' ? 'mobile' : 'work';
    return {
      ok: true,
      value: { number: parsed.number, ...(parsed.ext && { extension: parsed.ext }), defaultType },
    };
  } catch (error) {
    if (!region && (error as Error).message === 'INVALID_COUNTRY')
      return { ok: false, reason: `"${written}" needs a country: write it with its country code (+…).` };
    return { ok: false, reason: `"${written}" is not a phone number.` };
  }
}

/**
 * A phone number as E.164 alone (`readPhone`), for look-ups and the columns that hold one number (a
 * company's, a custom field's). Those have nowhere to keep an extension, so a number to store that
 * has one is refused rather than stored without it; a look-up ignores it.
 */
export function cleanPhone(
  raw: string,
  defaultCountry: string | undefined,
  purpose: 'store' | 'find' = 'store',
): Checked<string> {
  const read = readPhone(raw, defaultCountry, purpose);
  if (!read.ok) return read;
  if (purpose === 'store' && read.value.extension)
    return {
      ok: false,
      reason: `"${raw.trim()}" has an extension (${read.value.extension}), which this number cannot keep: give the number alone.`,
    };
  return { ok: true, value: read.value.number };
}

/**
 * Emails in order, the first primary; duplicates after the first occurrence dropped. The primary
 * keeps the type it has in the list, else takes its default one.
 */
export function mergeEmails(primary: string | undefined, list: EmailEntry[]): EmailEntry[] {
  const type = (address: string) =>
    list.find((e) => e.address === address)?.type ?? defaultEmailType(address);
  const all = primary !== undefined ? [{ address: primary, type: type(primary) }, ...list] : list;
  return uniqueBy(all, (e) => e.address);
}

/** Phones in order, the primary first, as `mergeEmails`: it keeps the type it has in the list. */
export function mergePhones(primary: PhoneEntry | undefined, list: PhoneEntry[]): PhoneEntry[] {
  const listed = primary && list.find((p) => p.number === primary.number);
  const all = primary !== undefined ? [{ ...primary, ...(listed && { type: listed.type }) }, ...list] : list;
  return uniqueBy(all, (p) => p.number);
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function displayName(person: {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
}): string {
  const name = [person.first_name, person.last_name].filter(Boolean).join(' ').trim();
  return name || person.email || person.phone || 'Unnamed';
}

export function blankAddress(address: Partial<AddressEntry>): AddressEntry {
  return {
    type: address.type ?? 'work',
    street: address.street ?? null,
    city: address.city ?? null,
    region: address.region ?? null,
    postalCode: address.postalCode ?? null,
    country: address.country ?? null,
    latitude: address.latitude ?? null,
    longitude: address.longitude ?? null,
  };
}

/** A person must be identifiable by something: a name, an e-mail or a phone. */
export function hasIdentity(input: {
  firstName?: string | null;
  lastName?: string | null;
  emails: unknown[];
  phones: unknown[];
}) {
  return Boolean(
    input.firstName?.trim() || input.lastName?.trim() || input.emails.length > 0 || input.phones.length > 0,
  );
}
