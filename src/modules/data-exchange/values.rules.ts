import { getCountries } from 'libphonenumber-js/max';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import { cleanCountry } from '../people/index.ts';
import { normaliseHeader } from './header-aliases.rules.ts';

/**
 * Pure rules that turn the text of a spreadsheet cell into a typed value: numbers written the
 * American or the European way, yes/no, lists, dates, country names (pick-lists: choices.rules.ts).
 * Each returns the value or a reason, like the people rules do.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * "1,234.50", "1.234,50", "1 234,5", "12,5", "USD 1,200", "1.200 €" → numbers; a lone comma with
 * three digits after is thousands.
 */
export function parseNumber(raw: string): Parsed<number> {
  // A currency as a symbol or an ISO 4217 code before or after the amount: "USD 1,200", "1.200,50 €".
  let text = raw
    .trim()
    .replace(/[\s\u00a0_']/g, '')
    .replace(/^\p{Sc}|\p{Sc}$/gu, '')
    .replace(/^[a-z]{3}(?=[\d.,+-])|(?<=[\d.,])[a-z]{3}$/i, '');
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    text = lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (lastComma >= 0) {
    const decimals = text.length - lastComma - 1;
    const commas = text.split(',').length - 1;
    text = commas === 1 && decimals !== 3 ? text.replace(',', '.') : text.replace(/,/g, '');
  }
  const value = Number(text);
  if (text === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) || !Number.isFinite(value))
    return { ok: false, reason: `"${raw.trim()}" is not a number.` };
  return { ok: true, value };
}

export function parseInteger(raw: string): Parsed<number> {
  const parsed = parseNumber(raw);
  if (!parsed.ok) return parsed;
  if (!Number.isSafeInteger(parsed.value))
    return { ok: false, reason: `"${raw.trim()}" is not a whole number.` };
  return parsed;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'on', 'oui', 'ja', 'si']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off', 'non', 'nein']);

export function parseBoolean(raw: string): Parsed<boolean> {
  const text = raw.trim().toLowerCase();
  if (TRUE.has(text)) return { ok: true, value: true };
  if (FALSE.has(text)) return { ok: true, value: false };
  return { ok: false, reason: `"${raw.trim()}" is neither yes nor no.` };
}

/**
 * The addresses of an e-mail cell, in order and once each (whatever their case): several separated by
 * "," ";" "|", spaces or line breaks (Google's " ::: " too), each bare, as "Ada <ada@x.com>" or
 * '"Lovelace, Ada" <ada@x.com>', as "mailto:ada@x.com", or with a comment ("ada@x.com (work)"). Words
 * without an "@" are the names in front of a "<…>" and are left out; words right before a bare address
 * are not a name but part of it ("mark twain@x.com" is one mistyped address, not twain@x.com, someone
 * else's mailbox), so they stay with it and the row is refused. A cell with no address in it is given
 * back whole, so that the reason a row is refused quotes what the file said; every address found is
 * checked like any other, so a mistyped one refuses the row rather than being dropped without a word.
 */
export function splitEmails(raw: string): string[] {
  const text = raw.trim();
  const plain = text
    .replace(/"[^"]*"\s*(?=<)/g, ' ')
    .replace(/mailto:/gi, ' ')
    .replace(/\([^()]*\)/g, ' ');
  const seen = new Set<string>();
  const addresses: string[] = [];
  const add = (address: string) => {
    const bare = address.replace(/^'(.*)'$/, '$1').replace(/\.+$/, '');
    if (seen.has(bare.toLowerCase())) return;
    seen.add(bare.toLowerCase());
    addresses.push(bare);
  };
  for (const entry of plain.split(/[,;|\r\n]|:::/)) {
    let words: string[] = [];
    for (const [token] of entry.matchAll(/<[^<>]*>|[^\s<>[\]"]+/g)) {
      if (token.startsWith('<')) {
        if (token.includes('@')) add(token.slice(1, -1).trim());
        words = [];
      } else if (token.includes('@')) {
        add([...words, token].join(' '));
        words = [];
      } else words.push(token);
    }
  }
  return addresses.length > 0 ? addresses : [text];
}

/**
 * Where a phone cell parts one number from the next: ";", "|", a line break, Google's ":::", and a
 * comma before a "+" or before a space and the next number ("415-555-2671, 415-555-2672"). Not
 * spaces, dots, dashes, slashes or parentheses, which group the digits of one number ("+44 20 7946
 * 0958", "089/12 34 56"), nor a comma right before a digit or another comma, which is a dialling
 * pause ("+1 415 555 2671,,12"). RFC 3966's parameters (";ext=12") stay with their number. A wrong
 * split can only refuse a row (each part must be a valid number), never store a wrong number.
 */
const PHONE_SEPARATOR = /\r\n|\r|\n|\||:::|;(?!\s*(?:ext|isub|phone-context|postd)=)|,(?=\s*\+|\s+[\d(])/i;

/** The numbers of a phone cell, in order; a cell with none is given back whole (its reason quotes it). */
export function splitPhones(raw: string): string[] {
  const numbers = raw
    .split(PHONE_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  return numbers.length > 0 ? numbers : [raw.trim()];
}

/** Several values in one cell: "vip; eu, partner" → ["vip", "eu", "partner"]. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

const MONTH_NAMES = monthNames();

/** January…December, long and short, in English, French, German and Spanish (none two months). */
function monthNames(): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of ['en', 'fr', 'de', 'es'])
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) names.set(normaliseHeader(format.format(Date.UTC(2000, m - 1, 1))), m);
    }
  return names;
}

const ENGLISH_MONTH = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** "2023-12-05" when the day exists in that month (2023-02-30 does not), else undefined. */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

const NOT_A_DATE = (raw: string): Parsed<string> => ({
  ok: false,
  reason: `"${raw.trim()}" is not a date (YYYY-MM-DD, or with the month's name: 5 Dec 2023).`,
});

/**
 * A date, written only in a way that has one reading: ISO ("2023-12-05", or the date part of a
 * date-time), year first ("2023/12/05": no one writes year, day, month), the month by its name
 * ("5 Dec 2023", "December 5th, 2023", "5. Dezember 2023"), or day and month as numbers when only one
 * order makes a date ("25/12/2023", "12/25/2023", "05/05/2023"). "05/12/2023" is 5 December in Europe
 * and 12 May in the United States; a file says nothing of which it means, and guessing from its other
 * rows would read two files differently, so such a date is refused, its reason naming both readings,
 * unless the import says which order its dates are written in (`dateOrder`: a person's answer, asked
 * at the mapping step). A two-digit year is refused too: it does not say its century.
 */
export function parseDate(raw: string, dateOrder?: DateOrder | null): Parsed<string> {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const yearFirst = iso ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (yearFirst) {
    const date = calendarDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return date ? { ok: true, value: date } : NOT_A_DATE(raw);
  }
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (numeric)
    return dayMonthOrMonthDay(raw, Number(numeric[1]), Number(numeric[3]), numeric[4] ?? '', dateOrder);
  const named = namedMonthDate(text.replace(/^\p{L}+\.?,\s*/u, ''));
  return named ? { ok: true, value: named } : NOT_A_DATE(raw);
}

/** In which order a file writes day and month as numbers ("05/12/2023"). */
export const DATE_ORDERS = ['dayFirst', 'monthFirst'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

function dayMonthOrMonthDay(
  raw: string,
  first: number,
  second: number,
  year: string,
  dateOrder: DateOrder | null | undefined,
): Parsed<string> {
  if (year.length === 2)
    return {
      ok: false,
      reason: `"${raw.trim()}" does not say its century: write the year in full, or the date as YYYY-MM-DD.`,
    };
  const dayFirst = calendarDate(Number(year), second, first);
  const monthFirst = calendarDate(Number(year), first, second);
  if (dateOrder) {
    // Told the order, a date that only the other order makes ("12/25/2023" day first) is a mistake.
    const date = dateOrder === 'dayFirst' ? dayFirst : monthFirst;
    if (date) return { ok: true, value: date };
    const written = dateOrder === 'dayFirst' ? 'day/month/year' : 'month/day/year';
    return {
      ok: false,
      reason: `"${raw.trim()}" is not a date written ${written}, as this import reads them.`,
    };
  }
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    const name = (date: string) => ENGLISH_MONTH.format(Date.parse(date));
    return {
      ok: false,
      reason:
        `"${raw.trim()}" could be ${first} ${name(dayFirst)} or ${second} ${name(monthFirst)}: ` +
        `write the date as YYYY-MM-DD (${dayFirst} or ${monthFirst}).`,
    };
  }
  const date = dayFirst ?? monthFirst;
  return date ? { ok: true, value: date } : NOT_A_DATE(raw);
}

/** "5 Dec 2023", "05-Dec-2023", "5. Dezember 2023", "Dec 5, 2023", "December 5th 2023". */
function namedMonthDate(text: string): string | undefined {
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th|er|\.)?[\s-]*(\p{L}+)\.?[\s,-]+(\d{4})$/iu.exec(text);
  const monthFirst = /^(\p{L}+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/iu.exec(text);
  const [day, name, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const month = name === undefined ? undefined : MONTH_NAMES.get(normaliseHeader(name));
  if (month === undefined) return undefined;
  return calendarDate(Number(year), month, Number(day));
}

/** ISO 8601; without a time zone the time is read as UTC (what exports without one usually mean). */
export function parseDateTime(raw: string): Parsed<string> {
  const text = raw.trim().replace(' ', 'T');
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
  const time = Date.parse(zoned);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) || Number.isNaN(time))
    return { ok: false, reason: `"${raw.trim()}" is not a date and time (ISO 8601).` };
  return { ok: true, value: new Date(time).toISOString() };
}

// "14:33", "2:33 PM", "14:33:07", after a date: HubSpot and Salesforce exports in a person's format.
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;

/**
 * A moment as exports write it: ISO 8601 (without a zone, UTC), a date alone (read as parseDate reads
 * it, at midnight UTC), or a date in another format followed by a time of day ("05/12/2023 2:33 PM",
 * "15.03.2021 10:22"), its day and month in the file's order.
 */
export function parseDateAndTime(raw: string, dateOrder?: DateOrder | null): Parsed<string> {
  const text = raw.trim();
  const timed = parseDateTime(text);
  if (timed.ok) return timed;
  const split = /^(\S+(?:\s+\S+,?\s+\d{4})?)\s+(\d{1,2}:\d{2}.*)$/.exec(text);
  const time = split ? TIME.exec(split[2] ?? '') : null;
  const date = parseDate(split && time ? (split[1] ?? '') : text, dateOrder);
  if (!date.ok) return date;
  if (!time) return { ok: true, value: `${date.value}T00:00:00.000Z` };
  let hours = Number(time[1]);
  const meridiem = time[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem && (hours < 1 || hours > 12)) return { ok: false, reason: `"${text}" is not a time of day.` };
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  const [minutes, seconds] = [Number(time[2]), Number(time[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59)
    return { ok: false, reason: `"${text}" is not a time of day.` };
  const [year, month, day] = date.value.split('-').map(Number) as [number, number, number];
  return { ok: true, value: new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds)).toISOString() };
}

const COUNTRY_CODES = getCountries() as string[];
const COUNTRY_NAMES = countryNames();

function countryNames(): Map<string, string> {
  const names = new Map<string, string>([
    ['usa', 'US'],
    ['unitedstatesofamerica', 'US'],
    ['america', 'US'],
    ['greatbritain', 'GB'],
    ['england', 'GB'],
    ['scotland', 'GB'],
    ['wales', 'GB'],
    ['holland', 'NL'],
    ['southkorea', 'KR'],
    ['russia', 'RU'],
  ]);
  for (const locale of ['en', 'fr', 'de', 'es']) {
    const display = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (name) names.set(normaliseHeader(name), code);
    }
  }
  return names;
}

/**
 * The ISO 3166 alpha-2 code a cell means: a code ("fr"; "UK" is GB, as the API reads it) or a
 * country's name in English, French, German or Spanish. Undefined for anything else.
 */
export function knownCountry(raw: string): string | undefined {
  const text = raw.trim();
  if (!/^[a-z]{2}$/i.test(text)) return COUNTRY_NAMES.get(normaliseHeader(text));
  const code = cleanCountry(text);
  return code.ok ? code.value : undefined;
}

/** `knownCountry`, or the text as written, for the API to name in its reason. */
export function countryCode(raw: string): string {
  const text = raw.trim();
  return knownCountry(text) ?? (/^[a-z]{2}$/i.test(text) ? text.toUpperCase() : text);
}

/** "Ada King Lovelace" → first "Ada King", last "Lovelace"; "Lovelace, Ada" → first "Ada". */
export function splitFullName(raw: string): { firstName: string | null; lastName: string | null } {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return { firstName: null, lastName: null };
  const comma = text.indexOf(',');
  if (comma > 0)
    return { firstName: text.slice(comma + 1).trim() || null, lastName: text.slice(0, comma).trim() };
  const space = text.lastIndexOf(' ');
  if (space < 0) return { firstName: text, lastName: null };
  return { firstName: text.slice(0, space), lastName: text.slice(space + 1) };
}

/**
 * A cell as the value a custom field of a typed kind holds (select and multi-select ones are read
 * by readPick); cleanCustomValues checks it afterwards.
 */
export function customValue(
  definition: CustomFieldDefinition,
  raw: string,
  dateOrder?: DateOrder | null,
): Parsed<unknown> {
  switch (definition.type) {
    case 'number':
    case 'currency':
      return parseNumber(raw);
    case 'boolean':
      return parseBoolean(raw);
    case 'date':
      return parseDate(raw, dateOrder);
    case 'dateTime':
      return parseDateAndTime(raw, dateOrder);
    default:
      return { ok: true, value: raw.trim() };
  }
}
