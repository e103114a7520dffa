import { type CountryCode, getCountries, Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cleanPhone, readPhone } from './people.rules.ts';

/** A number read as another country's national format ranks under one read as written or at home. */
export const NATIONAL_READING = 0.95;

/**
 * What a phone-like search query may be. `exact`: the E.164 numbers it is as written (with its
 * +code, or 00 and the code) or in the workspace's country, as before. `nationals`: the national
 * significant numbers (digits after the country code) it may be in another country's national
 * format: its digits with each national prefix it begins with taken off ("020 7946 0958" →
 * 2079460958), and its digits whole when it is not a valid number at home (Italy and Denmark have no
 * national prefix). A number whose national part is one of these is only a match once the query
 * reads as that very number in the number's own country (`phoneMatch`): the candidates are for the
 * index, the reading decides.
 */
export interface PhoneQuery {
  written: string;
  exact: string[];
  nationals: string[];
}

/** The shortest national significant number in E.164 (Niue, Saint Helena): shorter is partial. */
const SHORTEST_NATIONAL = 4;

interface NumberingPlan {
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
}

const plans = (() => {
  const metadata = new Metadata();
  return getCountries().map((country) => {
    metadata.selectNumberingPlan(country);
    const plan = metadata.numberingPlan as unknown as NumberingPlan;
    return {
      country,
      prefix: plan.nationalPrefixForParsing() ?? plan.nationalPrefix(),
      transforms: Boolean(plan.nationalPrefixTransformRule()),
    };
  });
})();

// Every country's national prefix as libphonenumber parses it (0, 8, 06, 1, carrier codes …),
// anchored at the start; a few dozen distinct patterns for some 250 countries.
const NATIONAL_PREFIXES: RegExp[] = [...new Set(plans.flatMap((p) => (p.prefix ? [p.prefix] : [])))].map(
  (pattern) => new RegExp(`^(?:${pattern})`),
);

// The few countries whose national format changes the number rather than only prefixing it:
// Argentina's mobiles ("011 15-2345-6789" is +54 9 11 2345-6789), Brazil's carrier codes. A query
// whose digits their prefix pattern rewrites (a group of it matched) is read as a national number
// there, and the national significant number it gives is a candidate. The pattern first: parsing
// in all of them would cost a millisecond a search.
const TRANSFORMING = plans.flatMap((p) =>
  p.transforms && p.prefix ? [{ country: p.country, rewrites: new RegExp(`^(?:${p.prefix})`) }] : [],
);
const rewritten = (pattern: RegExp, digits: string) =>
  pattern
    .exec(digits)
    ?.slice(1)
    .some((group) => group !== undefined) ?? false;

export function readPhoneQuery(q: string, defaultCountry: string): PhoneQuery {
  const written = q.trim();
  const digits = written.replace(/\D/g, '');
  const exact = new Set<string>();
  const home = cleanPhone(written, defaultCountry, 'find');
  if (home.ok) exact.add(home.value);
  if (written.startsWith('+')) return { written, exact: [...exact], nationals: [] };
  // 00 is the international prefix of most of the world, though not of the workspace's country.
  if (digits.startsWith('00')) {
    const international = cleanPhone(`+${digits.slice(2)}`, undefined, 'find');
    if (international.ok) exact.add(international.value);
  }
  const nationals = new Set<string>();
  if (!readPhone(written, defaultCountry, 'store').ok) nationals.add(digits);
  for (const prefix of NATIONAL_PREFIXES) {
    const taken = prefix.exec(digits)?.[0].length ?? 0;
    if (taken > 0 && digits.length - taken >= SHORTEST_NATIONAL) nationals.add(digits.slice(taken));
  }
  for (const { country, rewrites } of TRANSFORMING) {
    if (!rewritten(rewrites, digits)) continue;
    const read = parsePhoneNumberFromString(written, country);
    // Only a changed number: one the typed digits end with is a prefix's work, done above. Never more
    // digits than were typed: the islands' seven-digit local numbers ("460-1234" for
    // +1 268 460-1234) are part of a number to anyone abroad, not a number.
    const national = read?.isValid() ? read.nationalNumber : undefined;
    if (national && !digits.endsWith(national) && national.length <= digits.length) nationals.add(national);
  }
  return { written, exact: [...exact], nationals: [...nationals] };
}

/**
 * How well a stored E.164 number answers the query: 1 when it is the query as written or at home,
 * NATIONAL_READING when the query is this number in its own country's national format, else nothing.
 */
export function phoneMatch(query: PhoneQuery, stored: string): number | undefined {
  if (query.exact.includes(stored)) return 1;
  const number = parsePhoneNumberFromString(stored);
  if (!number || !query.nationals.includes(number.nationalNumber)) return undefined;
  const read = parsePhoneNumberFromString(
    query.written,
    number.country
      ? { defaultCountry: number.country as CountryCode }
      : { defaultCallingCode: number.countryCallingCode },
  );
  return read?.number === stored ? NATIONAL_READING : undefined;
}

/** "+442079460958" → "+44 20 7946 0958": how a number found by search is shown beside the name. */
export function internationalPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
