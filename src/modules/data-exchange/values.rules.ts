import { getCountries } from 'libphonenumber-js/max';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import { cleanCountry, LIFECYCLE_STAGES } from '../people/index.ts';
import { normaliseHeader } from './mapping.rules.ts';

/**
 * Pure rules that turn the text of a spreadsheet cell into a typed value: numbers written the
 * American or the European way, yes/no, lists, stages as other CRMs name them, country names.
 * Each returns the value or a reason, like the people rules do.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** "1,234.50", "1.234,50", "1 234,5", "12,5" → numbers; a lone comma with three digits after is thousands. */
export function parseNumber(raw: string): Parsed<number> {
  let text = raw
    .trim()
    .replace(/[\s\u00a0_']/g, '')
    .replace(/^[$€£¥]|[$€£¥]$/g, '');
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

/** Several values in one cell: "vip; eu, partner" → ["vip", "eu", "partner"]. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** ISO date, or the date part of an ISO date-time ("2026-11-22T10:00:00Z" → "2026-11-22"). */
export function parseDate(raw: string): Parsed<string> {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw.trim());
  if (!match?.[1] || Number.isNaN(Date.parse(match[1])))
    return { ok: false, reason: `"${raw.trim()}" is not a date (YYYY-MM-DD).` };
  return { ok: true, value: match[1] };
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

// How other CRMs name stages: HubSpot's "Marketing Qualified Lead", Salesforce's "Open - Not Contacted".
const STAGE_ALIASES: Record<string, string> = {
  marketingqualifiedlead: 'qualified',
  salesqualifiedlead: 'qualified',
  mql: 'qualified',
  sql: 'qualified',
  prospect: 'lead',
  opencontacted: 'lead',
  opennotcontacted: 'lead',
  workingcontacted: 'lead',
  closedconverted: 'customer',
  closednotconverted: 'other',
  client: 'customer',
  churn: 'churned',
  lost: 'churned',
  advocate: 'evangelist',
};

export function parseLifecycleStage(raw: string): Parsed<string> {
  const key = normaliseHeader(raw);
  const stage = (LIFECYCLE_STAGES as readonly string[]).find((s) => s === key) ?? STAGE_ALIASES[key];
  if (!stage)
    return {
      ok: false,
      reason: `"${raw.trim()}" is not a lifecycle stage (${LIFECYCLE_STAGES.join(', ')}).`,
    };
  return { ok: true, value: stage };
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

/** "FR", "fra"-free: an ISO 3166 alpha-2 code, or a country's name in English, French, German or Spanish. */
export function countryCode(raw: string): string {
  const text = raw.trim();
  if (/^[a-z]{2}$/i.test(text)) {
    // The API's rule, so "UK" is GB here too; a code it refuses is left for it to name in its reason.
    const code = cleanCountry(text);
    return code.ok ? code.value : text.toUpperCase();
  }
  return COUNTRY_NAMES.get(normaliseHeader(text)) ?? text;
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

/** A cell as the value a custom field holds; cleanCustomValues checks it afterwards. */
export function customValue(definition: CustomFieldDefinition, raw: string): Parsed<unknown> {
  switch (definition.type) {
    case 'number':
    case 'currency':
      return parseNumber(raw);
    case 'boolean':
      return parseBoolean(raw);
    case 'date':
      return parseDate(raw);
    case 'dateTime':
      return parseDateTime(raw);
    case 'select':
      return { ok: true, value: choiceValue(definition, raw.trim()) };
    case 'multiSelect':
      return { ok: true, value: splitList(raw).map((v) => choiceValue(definition, v)) };
    default:
      return { ok: true, value: raw.trim() };
  }
}

/** A choice given by its value or its label, in any case. */
function choiceValue(definition: CustomFieldDefinition, text: string): string {
  const lower = text.toLowerCase();
  const choice = definition.choices.find(
    (c) => c.value.toLowerCase() === lower || c.label.toLowerCase() === lower,
  );
  return choice?.value ?? text;
}
