import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { toUnicode } from 'punycode/punycode.es6.js';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "in 2 days", "now". */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(0, 'second');
}

/** `apiToken` → `API token`, `teamMember` → `team member`. */
export function humanize(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const spaced = words.replace(/\bapi\b/g, 'API');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * "+33627477421" → "+33 6 27 47 74 21": the API's E.164 (contract: phones on output), grouped as the
 * number's country writes it, so it can be read out and dialled. Unparseable text is shown as it is.
 */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** A stored phone (E.164) with its extension, as people read and type it: "+1 213 555 0199 ext. 12". */
export function formatDialled(phone: { number: string; extension?: string | undefined }): string {
  return phone.extension ? `${formatPhone(phone.number)} ext. ${phone.extension}` : formatPhone(phone.number);
}

/** A link that dials a stored phone, its extension as RFC 3966 puts it. */
export function telHref(phone: { number: string; extension?: string | undefined }): string {
  return phone.extension ? `tel:${phone.number};ext=${phone.extension}` : `tel:${phone.number}`;
}

/** An amount in its own currency ("€1,200.00"); amounts in different currencies are never added. */
export function formatMoney(amount: number, currency: string, options: { whole?: boolean } = {}): string {
  // An estimate such as a company's annual revenue reads in whole units: "$129,133,000", not ".00".
  const digits = options.whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {};
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, ...digits }).format(amount);
  } catch {
    return `${amount.toFixed(options.whole ? 0 : 2)} ${currency}`;
  }
}

/** "€12K", "$1.5M": money read at a glance (a group's roll-ups). */
export function formatMoneyCompact(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(amount);
  } catch {
    return formatMoney(amount, currency);
  }
}

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/** "1.2M": a large number read at a glance. */
export function formatCompact(n: number): string {
  return compact.format(n);
}

/**
 * The words of a name that start with a letter or a digit, for an avatar's initials: Mantine takes
 * the first character of each word split on single spaces, so "Klein - Pacocha" showed "K-", and a
 * double space gave one letter.
 */
export function avatarName(name: string): string {
  const words = name.split(/\s+/u).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  return words.length > 0 ? words.join(' ') : name.trim();
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB'];

/** 1536 → "1.5 KB": decimal units, as file managers show them. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}

/**
 * A domain as people write it: the server stores internationalised domains as A-labels
 * ("xn--mnchen-3ya.de", so look-ups agree however they are typed); people read "münchen.de".
 */
export function formatDomain(domain: string): string {
  return domain.includes('xn--') ? toUnicode(domain) : domain;
}

/** An e-mail address with its domain as people write it ("jörg@müller.de"). */
export function formatEmail(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : `${address.slice(0, at + 1)}${formatDomain(address.slice(at + 1))}`;
}

/** A website's address with its host as people write it; a link keeps the stored URL. */
export function formatWebsite(url: string): string {
  return url.replace(
    /^(https?:\/\/)([^/?#]+)/i,
    (_, scheme: string, host: string) => scheme + formatDomain(host),
  );
}

/** `2026-05-03T09:30:00.000Z` ↔ the local `2026-05-03T11:30` a datetime-local input shows. */
export function toLocalDateTimeInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A text as a search compares it: "cote d'ivoire" finds "Côte d’Ivoire"; case, accents and apostrophes do not count. */
export const foldForSearch = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’'`]/g, "'").toLowerCase();

const AND_LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** Items in a sentence, as the interface's English writes them: "A", "A and B", "A, B and C". */
export const listed = (items: readonly string[]): string => AND_LIST.format(items);
