import { isUuid } from '../../platform/uuid.ts';
import type { CompanyInput } from '../companies/index.ts';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import type { PersonInput } from '../people/index.ts';
import { COUNTRIES, pickListOf, readPick, STAGES, type ValueReadings } from './choices.rules.ts';
import { parseCreatedDate } from './created-date.rules.ts';
import { restoreFormula } from './csv.rules.ts';
import { cellProblem, joinProblems, type RowProblem } from './row-problems.rules.ts';
import {
  customValue,
  type DateOrder,
  splitEmails,
  splitFullName,
  splitList,
  splitPhones,
} from './values.rules.ts';

/**
 * Pure rules that turn one row of a file into the input of a person, as the API would receive it, plus
 * the references (company, owner) that need the database to resolve, and what company rows share with it
 * (company-rows.rules.ts).
 */
export interface ColumnPlan {
  index: number;
  column: string;
  field: string;
}

/** A company a person row points at; resolved (or created) set-based per batch. */
export interface CompanyRef {
  id?: string;
  domain?: string;
  name?: string;
}

export interface Draft<I> {
  input: I;
  company?: CompanyRef;
  /** A member's e-mail, full name or id. */
  owner?: string;
  /** A company row's parent company, as written (id, domain or name); placed when the import ends. */
  parent?: string;
  /** The parent's name beside its id: tried when the id finds nothing (another workspace's file). */
  parentName?: string;
  /** Text for a note on the record's timeline: its note columns, a paragraph each. */
  note?: string;
  /**
   * Per relation field, its record's name or e-mail from a name column, tried when the field's own
   * cell finds nothing (an id from another workspace); alone, it fills the field.
   */
  relationNames?: Record<string, string>;
  /** When the other system created the record (ISO 8601): a new record keeps it. */
  createdAt?: string;
  /** Our id of the record the row updates (an export's "id" column), lower-cased. */
  recordId?: string;
  /** Error path prefix (`/email`, `/customFields/size`) → the column it came from. */
  columns: Record<string, string>;
}

/**
 * A row as an input, or why it cannot be one: every cell it could not read, and, in `draft`, what
 * its other cells gave, so that the problems of those are named in the same reason. A row then
 * comes back with all its problems at once, not one per attempt to fix it.
 */
export type Drafted<I> = { ok: true; draft: Draft<I> } | ({ ok: false; draft?: Draft<I> } & RowProblem);

type Address = NonNullable<PersonInput['addresses']>[number];
const ADDRESS_FIELDS = new Set(['street', 'city', 'region', 'postalCode', 'country']);
const MAX_NOTE_CHARS = 100_000;

/** How an import reads cells: its custom fields, and the order of day and month its dates are written in. */
export interface CellReading {
  definitions: CustomFieldDefinition[];
  dateOrder?: DateOrder | null | undefined;
  /** Per column, the choice each text of a pick-list column is read as (given at the start). */
  values?: ValueReadings | null | undefined;
}

/** One row as a person's input. Blank cells say nothing: they never clear a value. */
export function personDraft(cells: string[], plan: ColumnPlan[], reading: CellReading): Drafted<PersonInput> {
  let fullName: string | undefined;
  return draftRow<PersonInput>(
    cells,
    plan,
    (draft, field, value, column) => {
      const problem = setPersonField(draft, field, value, column, reading);
      if (problem !== 'name') return problem;
      fullName ??= value;
      return undefined;
    },
    ({ input, columns }) => {
      if (fullName === undefined || input.firstName !== undefined || input.lastName !== undefined) return;
      const { firstName, lastName } = splitFullName(fullName);
      input.firstName = firstName;
      input.lastName = lastName;
      columns['/firstName'] ??= columns['/name'] ?? '';
      columns['/lastName'] ??= columns['/name'] ?? '';
    },
  );
}

/**
 * A row's non-blank cells applied to a new input in turn, each problem on its column; then `finish`
 * completes what takes several cells, and a blank relation takes its name column's value.
 */
export function draftRow<I extends PersonInput | CompanyInput>(
  cells: string[],
  plan: ColumnPlan[],
  apply: (draft: Draft<I>, field: string, value: string, column: string) => string | undefined,
  finish: (draft: Draft<I>) => void,
): Drafted<I> {
  const draft: Draft<I> = { input: {} as I, columns: {} };
  const problems: RowProblem[] = [];
  for (const { index, column, field } of plan) {
    const value = restoreFormula(cells[index]?.trim() ?? '');
    if (!value) continue;
    const problem = apply(draft, field, value, column);
    if (problem) problems.push(cellProblem(column, problem));
  }
  finish(draft);
  fillFromRelationNames(draft);
  return problems.length > 0 ? { ok: false, ...joinProblems(problems), draft } : { ok: true, draft };
}

/** Applies one cell; returns a reason, 'name' for a full name kept for later, or undefined. */
function setPersonField(
  draft: Draft<PersonInput>,
  field: string,
  value: string,
  column: string,
  reading: CellReading,
): string | undefined {
  const { input, columns } = draft;
  const remember = (path: string) => {
    columns[path] ??= column;
  };
  switch (field) {
    case 'firstName':
    case 'lastName':
    case 'jobTitle':
      input[field] = value;
      remember(`/${field}`);
      return undefined;
    case 'email':
    case 'phone':
      addPrimary(draft, field, value, column);
      return undefined;
    case 'name':
      remember('/name');
      return 'name';
    case 'emails':
    case 'mobilePhone':
    case 'workPhone':
    case 'homePhone':
    case 'phones':
      addContacts(draft, field, field === 'emails' ? splitEmails(value) : splitPhones(value), column);
      return undefined;
    case 'lifecycleStage': {
      const stage = readPick(STAGES, value, reading.values?.[column]);
      if (!stage.ok) return stage.reason;
      if (stage.value[0]) input.lifecycleStage = stage.value[0] as PersonInput['lifecycleStage'];
      return undefined;
    }
    case 'company':
      draft.company = companyRef(value);
      return undefined;
    case 'company.name':
      draft.company = { ...draft.company, name: value };
      return undefined;
    case 'company.domain':
      draft.company = { ...draft.company, domain: value };
      return undefined;
    default:
      return setCommonField(draft, field, value, column, reading);
  }
}

/**
 * A primary e-mail or phone cell: its first address or number is the primary, the others are added
 * to the person's other ones, as a "More e-mails" or "More phones" column would add them.
 */
function addPrimary(
  draft: Draft<PersonInput>,
  field: 'email' | 'phone',
  value: string,
  column: string,
): void {
  const [first, ...others] = field === 'email' ? splitEmails(value) : splitPhones(value);
  draft.input[field] = first ?? value;
  draft.columns[`/${field}`] ??= column;
  // The others take the API's default type (an e-mail's from its domain, a phone's from its number:
  // mobile or not), as the primary does, so a cell of several reads as one of them would have.
  if (others.length > 0) addContacts(draft, field === 'email' ? 'emails' : 'defaultPhones', others, column);
}

const PHONE_TYPES = {
  mobilePhone: 'mobile',
  workPhone: 'work',
  homePhone: 'home',
  phones: 'other',
  defaultPhones: undefined,
} as const;

/** More e-mails or typed phones; each entry remembers its column, for a reason to name it. */
function addContacts(
  draft: Draft<PersonInput>,
  field: 'emails' | keyof typeof PHONE_TYPES,
  values: string[],
  column: string,
): void {
  const { input, columns } = draft;
  if (field === 'emails') {
    const start = input.emails?.length ?? 0;
    input.emails = [...(input.emails ?? []), ...values.map((address) => ({ address }))];
    values.forEach((_, i) => {
      columns[`/emails/${start + i}`] = column;
    });
    columns['/emails'] ??= column;
    return;
  }
  const type = PHONE_TYPES[field];
  const start = input.phones?.length ?? 0;
  input.phones = [...(input.phones ?? []), ...values.map((number) => ({ number, ...(type && { type }) }))];
  values.forEach((_, i) => {
    columns[`/phones/${start + i}`] = column;
  });
  columns['/phones'] ??= column;
}

/** Fields people and companies share: tags, the first address, the owner, custom fields. */
export function setCommonField(
  draft: Draft<PersonInput | CompanyInput>,
  field: string,
  value: string,
  column: string,
  reading: CellReading,
): string | undefined {
  const { input, columns } = draft;
  if (field === 'tags') {
    input.tags = [...new Set([...(input.tags ?? []), ...splitList(value)])];
    columns['/tags'] ??= column;
    return undefined;
  }
  if (ADDRESS_FIELDS.has(field)) {
    let country: string | undefined;
    if (field === 'country') {
      const picked = readPick(COUNTRIES, value, reading.values?.[column]);
      if (!picked.ok) return picked.reason;
      country = picked.value[0];
      // Read as "leave empty": the cell says nothing, as a blank one.
      if (country === undefined) return undefined;
    }
    const address: Address = input.addresses?.[0] ?? { type: 'work' };
    address[field as 'street'] = country ?? value;
    input.addresses = [address];
    columns[`/addresses/0/${field}`] ??= column;
    return undefined;
  }
  if (field === 'owner') {
    // Read as the readings say (a member's id, or null: no owner from the file), else as written.
    const readings = reading.values?.[column];
    if (readings && Object.hasOwn(readings, value)) {
      const member = readings[value];
      if (member) draft.owner = member;
      return undefined;
    }
    draft.owner = value;
    return undefined;
  }
  if (field === 'note') {
    const note = draft.note ? `${draft.note}\n\n${value}` : value;
    // As long as a note's text may be in the API.
    if (note.length > MAX_NOTE_CHARS)
      return `A note holds at most ${MAX_NOTE_CHARS.toLocaleString('en')} characters.`;
    draft.note = note;
    return undefined;
  }
  if (field === 'id') {
    if (!isUuid(value)) return 'Not a record id as Rapport writes them; leave it empty for a new record.';
    draft.recordId = value.toLowerCase();
    return undefined;
  }
  if (field === 'createdAt') {
    const created = parseCreatedDate(value, reading.dateOrder);
    if (!created.ok) return created.reason;
    draft.createdAt = created.value;
    return undefined;
  }
  const relationName = /^customFields\.([a-zA-Z0-9]+)\.name$/.exec(field)?.[1];
  if (relationName) {
    draft.relationNames = { ...draft.relationNames, [relationName]: value };
    columns[`/customFields/${relationName}.name`] ??= column;
    return undefined;
  }
  if (field.startsWith('customFields.')) {
    const key = field.slice('customFields.'.length);
    const definition = reading.definitions.find((d) => d.key === key);
    if (!definition) return 'Unknown custom field.';
    const list = pickListOf(field, reading.definitions);
    let held: unknown;
    if (list) {
      const picked = readPick(list, value, reading.values?.[column]);
      if (!picked.ok) return picked.reason;
      // Every text read as "leave empty": the cell says nothing, as a blank one.
      if (picked.value.length === 0) return undefined;
      held = list.multiple ? picked.value : picked.value[0];
    } else {
      const parsed = customValue(definition, value, reading.dateOrder);
      if (!parsed.ok) return parsed.reason;
      held = parsed.value;
    }
    input.customFields = { ...input.customFields, [key]: held };
    columns[`/customFields/${key}`] ??= column;
    return undefined;
  }
  return undefined;
}

/** A relation whose own cell is blank is filled from its name column, which then is its cell. */
function fillFromRelationNames(draft: Draft<PersonInput | CompanyInput>) {
  const { input, columns } = draft;
  for (const [key, name] of Object.entries(draft.relationNames ?? {})) {
    if (input.customFields?.[key] !== undefined) continue;
    input.customFields = { ...input.customFields, [key]: name };
    columns[`/customFields/${key}`] ??= columns[`/customFields/${key}.name`] ?? '';
    delete draft.relationNames?.[key];
  }
}

/** "Acme Corp" is a name, "acme.com", "münchen.de" or "https://acme.com" a domain, a UUID an id. */
export function companyRef(value: string): CompanyRef {
  if (isUuid(value)) return { id: value.toLowerCase() };
  if (/^(https?:\/\/)?(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/iu.test(value))
    return { domain: value };
  return { name: value };
}
