import { getCountries } from 'libphonenumber-js/max';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import { LIFECYCLE_STAGES } from '../people/index.ts';
import type { Member } from '../users/index.ts';
import { normaliseHeader } from './header-aliases.rules.ts';
import { knownCountry, type Parsed, splitList } from './values.rules.ts';

/**
 * Pick-list fields (the lifecycle stage, select and multi-select custom fields): which of their
 * choices a cell's text is taken for. A file from another CRM names its stages its own way
 * ("Marketing Qualified Lead"); the import proposes a reading for each value, and the person importing
 * confirms or changes it at the mapping step (value readings, given per column with the start).
 */
export interface Choice {
  value: string;
  label: string;
}

export interface PickList {
  /** A cell holds a list (multi-select): each of its items is read on its own. */
  multiple: boolean;
  choices: Choice[];
  /** Why a text names none of the choices, in the file's words. */
  refusal: (text: string) => string;
  /** Other names of choices, exactly as written in any case (a member's e-mail) → choice value. */
  names?: Record<string, string>;
  /** Other names of choices, by their letters and digits ("marketingqualifiedlead") → choice value. */
  aliases?: Record<string, string>;
  /** Proposes in place of the steps above, for a list with rules of its own (countries). */
  propose?: (text: string) => string | undefined;
}

/** Per column, the choice value each text of the file is read as; null: leave the field empty. */
export type ValueReadings = Record<string, Record<string, string | null>>;

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

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const STAGES: PickList = {
  multiple: false,
  choices: LIFECYCLE_STAGES.map((value) => ({ value, label: capitalised(value) })),
  refusal: (text) => `"${text}" is not a lifecycle stage (${LIFECYCLE_STAGES.join(', ')}).`,
  aliases: STAGE_ALIASES,
};

const englishName = new Intl.DisplayNames(['en'], { type: 'region' });

/** A first address's country: an ISO code, read from a code or a name as `knownCountry` reads them. */
export const COUNTRIES: PickList = {
  multiple: false,
  choices: (getCountries() as string[])
    .map((code) => ({ value: code, label: englishName.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en')),
  refusal: (text) =>
    `"${text}" is not a country: give its ISO code (such as FR) or its name in English, French, German or Spanish.`,
  propose: knownCountry,
};

/** The pick-list a field is, or undefined for a field that takes any text or a typed value. */
export function pickListOf(field: string, definitions: CustomFieldDefinition[]): PickList | undefined {
  if (field === 'lifecycleStage') return STAGES;
  if (field === 'country') return COUNTRIES;
  if (!field.startsWith('customFields.')) return undefined;
  const key = field.slice('customFields.'.length);
  const definition = definitions.find((d) => d.key === key);
  if (!definition || (definition.type !== 'select' && definition.type !== 'multiSelect')) return undefined;
  return {
    multiple: definition.type === 'multiSelect',
    choices: definition.choices.map(({ value, label }) => ({ value, label })),
    refusal: (text) =>
      `"${text}" is not one of its choices (${definition.choices.map((c) => c.label).join(', ')}).`,
  };
}

/**
 * The active members as the owner's pick-list, each named by its e-mail or full name too: another
 * CRM's "Contact owner" column holds names. A name two members share names neither of them.
 */
export function memberPickList(members: Member[]): PickList {
  const names: Record<string, string> = {};
  const aliases: Record<string, string> = {};
  const byName = new Map<string, string[]>();
  for (const member of members) {
    names[member.email.toLowerCase()] = member.id;
    const name = normaliseHeader(member.name);
    if (name) byName.set(name, [...(byName.get(name) ?? []), member.id]);
  }
  for (const [name, ids] of byName) if (ids.length === 1 && ids[0]) aliases[name] ??= ids[0];
  return {
    multiple: false,
    choices: members.map((m) => ({ value: m.id, label: `${m.name} <${m.email}>` })),
    refusal: (text) => `Owner: no active member "${text}".`,
    names,
    aliases,
  };
}

/**
 * The choice a text most likely means, or null: its value or label in any case, or another name of
 * it (a member's e-mail); then the same letters and digits whatever the spacing and punctuation
 * ("Tier-1" for "Tier 1"), of its value or label or of another name (another CRM's name for a stage,
 * a member's full name).
 */
export function proposeChoice(list: PickList, raw: string): string | null {
  const text = raw.trim();
  if (list.propose) return list.propose(text) ?? null;
  const lower = text.toLowerCase();
  const exact = list.choices.find((c) => c.value.toLowerCase() === lower || c.label.toLowerCase() === lower);
  if (exact) return exact.value;
  const named = list.names?.[lower];
  if (named) return named;
  const key = normaliseHeader(text);
  if (!key) return null;
  const loose = list.choices.find(
    (c) => normaliseHeader(c.value) === key || normaliseHeader(c.label) === key,
  );
  if (loose) return loose.value;
  return list.aliases?.[key] ?? null;
}

/** The texts a cell gives a pick-list: itself, or the items of its list. */
export function pickTexts(list: PickList, cell: string): string[] {
  return list.multiple ? splitList(cell) : [cell.trim()];
}

/**
 * A cell as the choice values it gives (none: the field is left as it is). A text the readings name
 * is read as they say; any other as proposed, or refused with the choices named.
 */
export function readPick(
  list: PickList,
  cell: string,
  readings?: Record<string, string | null>,
): Parsed<string[]> {
  const values = new Set<string>();
  for (const text of pickTexts(list, cell)) {
    if (readings && Object.hasOwn(readings, text)) {
      const read = readings[text] ?? null;
      if (read !== null) values.add(read);
      continue;
    }
    const proposed = proposeChoice(list, text);
    if (proposed === null) return { ok: false, reason: list.refusal(text) };
    values.add(proposed);
  }
  return { ok: true, value: [...values] };
}

const MAX_NAMED_CHOICES = 20;

/**
 * Problems of the value readings a start gives, as JSON pointers under /values: each column must be
 * mapped to a pick-list field, and each reading one of its choices (or null).
 */
export function checkValueReadings(
  readings: ValueReadings,
  mapping: Record<string, string | null>,
  listOf: (field: string) => PickList | undefined,
): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const pointer = (...parts: string[]) =>
    `/values/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
  for (const [column, texts] of Object.entries(readings)) {
    const field = mapping[column];
    const list = field ? listOf(field) : undefined;
    if (!list) {
      errors.push({
        path: pointer(column),
        message: field
          ? `"${column}" fills a field without choices.`
          : `"${column}" is not imported: map it to a field with choices first.`,
      });
      continue;
    }
    const values = new Set(list.choices.map((c) => c.value));
    // A stage's or a select's choices are named; members' ids and countries' codes are too many to.
    const named = values.size <= MAX_NAMED_CHOICES ? ` (${[...values].join(', ')})` : '';
    for (const [text, value] of Object.entries(texts))
      if (value !== null && !values.has(value))
        errors.push({
          path: pointer(column, text),
          message: `"${value}" is not one of its choices${named}.`,
        });
  }
  return errors;
}
