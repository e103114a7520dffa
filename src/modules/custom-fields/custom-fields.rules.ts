import { isCalendarDate, isIsoDateTime } from '../../platform/dates.ts';
import type { FieldError } from '../../platform/errors.ts';
import { isUuid } from '../../platform/uuid.ts';
import { cleanWebsite } from '../companies/companies.rules.ts';
import { cleanEmail, cleanPhone } from '../people/people.rules.ts';

/** Pure rules for custom fields: their types, their options, and the values records may hold. */
export const CUSTOM_FIELD_TYPES = [
  'text',
  'longText',
  'number',
  'currency',
  'date',
  'dateTime',
  'boolean',
  'select',
  'multiSelect',
  'url',
  'email',
  'phone',
  'relation',
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
export const CUSTOM_FIELD_OBJECTS = ['people', 'companies'] as const;
export type CustomFieldObject = (typeof CUSTOM_FIELD_OBJECTS)[number];

export interface Choice {
  value: string;
  label: string;
}

export interface CustomFieldDefinition {
  id: string;
  key: string;
  label: string;
  type: CustomFieldType;
  required: boolean;
  /** No two live records share a value (custom-fields.unique.ts). */
  unique: boolean;
  archived: boolean;
  /** select / multiSelect */
  choices: Choice[];
  /** currency: ISO 4217 code */
  currency: string | null;
  /** relation: the kind of record it points at */
  target: CustomFieldObject | null;
  /** Whether a built index serves lists sorted by it (custom-fields.sort-index.ts). */
  sortIndexed?: boolean;
}

/** "Shoe size (EU)" → "shoeSizeEu". */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase()
    .split(' ')
    .filter(Boolean);
  const key = words.map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1))).join('');
  const safe = /^[a-z]/.test(key) ? key : `field${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  return safe.slice(0, 63) || 'field';
}

export interface CleanContext {
  defaultCountry: string;
  /**
   * Imports: a relation may name its record as a file would, by a person's e-mail or a company's
   * domain or name; the import looks it up before writing (`resolveRelations`) and puts its id there.
   */
  relationsByKey?: boolean;
}

/**
 * Checks and cleans the custom values of a record being written. `incoming` may be partial (PATCH):
 * a key set to null clears it. Required fields must end up with a value. Returns the merged values
 * and every problem, with JSON pointers under /customFields.
 */
export function cleanCustomValues(
  definitions: CustomFieldDefinition[],
  incoming: Record<string, unknown>,
  existing: Record<string, unknown>,
  context: CleanContext,
): { values: Record<string, unknown>; errors: FieldError[] } {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const values: Record<string, unknown> = { ...existing };
  const errors: FieldError[] = [];
  for (const [key, raw] of Object.entries(incoming)) {
    const definition = byKey.get(key);
    const path = `/customFields/${key}`;
    if (!definition) {
      errors.push({ path, message: 'Unknown custom field.' });
      continue;
    }
    if (definition.archived) {
      errors.push({ path, message: 'This field is archived and cannot be changed.' });
      continue;
    }
    if (raw === null) {
      delete values[key];
      continue;
    }
    const cleaned = cleanValue(definition, raw, context);
    if ('reason' in cleaned) errors.push({ path, message: cleaned.reason });
    else values[key] = cleaned.value;
  }
  for (const definition of definitions) {
    const value = values[definition.key];
    const empty =
      value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (definition.required && !definition.archived && empty) {
      errors.push({ path: `/customFields/${definition.key}`, message: `${definition.label} is required.` });
    }
  }
  return { values, errors };
}

export function cleanValue(
  definition: CustomFieldDefinition,
  raw: unknown,
  context: CleanContext,
): { value: unknown } | { reason: string } {
  switch (definition.type) {
    case 'text':
    case 'longText': {
      const max = definition.type === 'text' ? 1000 : 100_000;
      if (typeof raw !== 'string') return { reason: 'Give text.' };
      if (raw.length > max) return { reason: `At most ${max} characters.` };
      return { value: raw };
    }
    case 'number':
    case 'currency':
      return typeof raw === 'number' && Number.isFinite(raw) ? { value: raw } : { reason: 'Give a number.' };
    case 'date':
      return typeof raw === 'string' && isCalendarDate(raw)
        ? { value: raw }
        : { reason: 'Give a date as YYYY-MM-DD.' };
    case 'dateTime':
      return typeof raw === 'string' && isIsoDateTime(raw, 'required')
        ? { value: new Date(raw).toISOString() }
        : { reason: 'Give a date and time in ISO 8601, with a time zone.' };
    case 'boolean':
      return typeof raw === 'boolean' ? { value: raw } : { reason: 'Give true or false.' };
    case 'select':
      return typeof raw === 'string' && definition.choices.some((c) => c.value === raw)
        ? { value: raw }
        : { reason: `Give one of ${definition.choices.map((c) => c.value).join(', ')}.` };
    case 'multiSelect': {
      if (
        !Array.isArray(raw) ||
        raw.some((v) => typeof v !== 'string' || !definition.choices.some((c) => c.value === v))
      ) {
        return { reason: `Give a list of ${definition.choices.map((c) => c.value).join(', ')}.` };
      }
      return { value: [...new Set(raw as string[])] };
    }
    case 'url': {
      if (typeof raw !== 'string') return { reason: 'Give a web address.' };
      const text = raw.trim();
      // "acme.com/pricing", as people type and files hold addresses, is a web site: https, as a
      // company's website is read. A scheme is one before a colon not followed by a port number.
      if (!/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) {
        const site = cleanWebsite(text);
        return site.ok ? { value: site.value } : { reason: 'Give a web address.' };
      }
      try {
        const url = new URL(text);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
          return { reason: 'Use an http(s) address.' };
        return { value: url.toString() };
      } catch {
        return { reason: 'Give a web address.' };
      }
    }
    case 'email': {
      if (typeof raw !== 'string') return { reason: 'Give an e-mail address.' };
      const email = cleanEmail(raw);
      return email.ok ? { value: email.value } : { reason: email.reason };
    }
    case 'phone': {
      if (typeof raw !== 'string') return { reason: 'Give a phone number.' };
      const phone = cleanPhone(raw, context.defaultCountry);
      return phone.ok ? { value: phone.value } : { reason: phone.reason };
    }
    case 'relation':
      if (typeof raw === 'string' && isUuid(raw.trim())) return { value: raw.trim().toLowerCase() };
      if (context.relationsByKey && typeof raw === 'string' && raw.trim() && raw.length <= 320)
        return { value: raw.trim() };
      return { reason: 'Give a record id.' };
  }
}

/** The types whose values a unique field may hold (custom-fields.unique.ts). */
export const UNIQUE_TYPES: readonly CustomFieldType[] = ['text', 'number', 'url', 'email', 'phone'];

/** A value as the register of unique values holds it (jsonb's ->>, as migration 0054's triggers read it). */
export function uniqueText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The filter type a custom field behaves as in list views. */
export function filterTypeOf(type: CustomFieldType) {
  switch (type) {
    case 'number':
    case 'currency':
      return 'number' as const;
    case 'date':
      return 'date' as const;
    case 'dateTime':
      return 'datetime' as const;
    case 'boolean':
      return 'boolean' as const;
    case 'select':
      return 'enum' as const;
    case 'multiSelect':
      return 'array' as const;
    case 'relation':
      return 'id' as const;
    default:
      return 'text' as const;
  }
}
