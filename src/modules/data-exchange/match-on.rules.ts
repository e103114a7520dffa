import { isUuid } from '../../platform/uuid.ts';
import { type CustomFieldDefinition, uniqueText } from '../custom-fields/index.ts';
import { type FieldProblem, onColumns, type RowProblem } from './row-problems.rules.ts';

/**
 * Matching rows by a unique custom field: an ID from another system (a HubSpot record ID, a
 * Salesforce ID), so a file exported again from that system updates the records its first import
 * made even where their e-mails (or domains) have changed since. Pure.
 */

/** What a field has to be for an import to match on it, as JSON pointer problems of the start body. */
export function checkMatchOn(
  key: string,
  given: {
    object: 'people' | 'companies';
    dedupe: string | null;
    mapping: Record<string, string | null>;
    custom: CustomFieldDefinition[];
  },
): { path: string; message: string }[] {
  const field = given.custom.find((d) => d.key === key && !d.archived);
  const problem = (message: string) => [{ path: '/matchOn', message }];
  if (!field) return problem(`No ${given.object} custom field has the key "${key}".`);
  if (!field.unique)
    return problem(`${field.label} is not unique: make it unique in Settings to match records by it.`);
  if (!given.dedupe) return problem(`Matching on ${field.label} is a way to dedupe: choose dedupe too.`);
  if (!Object.values(given.mapping).includes(`customFields.${key}`))
    return problem(`No column is mapped to ${field.label}: map the column that holds it.`);
  return [];
}

/**
 * The key a row matches on by the run's unique field: "id:" and its value. No e-mail or domain key
 * starts so: a domain holds no colon, a cleaned e-mail none outside quotes.
 */
export function idKey(matchOn: CustomFieldDefinition | null, custom: Record<string, unknown> | undefined) {
  if (!matchOn) return undefined;
  const text = uniqueText(custom?.[matchOn.key]);
  return text === undefined ? undefined : `id:${text}`;
}

export const isIdKey = (key: string): boolean => key.startsWith('id:');

/** The key of our own record id (an export's "id" column): "record:" and the id. */
export const recordKey = (id: string): string => `record:${id}`;
export const isRecordKey = (key: string): boolean => key.startsWith('record:');

/** Neither an e-mail nor a domain: a key the look-ups of those skip. */
export const isOwnKey = (key: string): boolean => isIdKey(key) || isRecordKey(key);

/**
 * The row's keys: our record id first, then its ID in the other system, then the rest. The first key
 * that finds a record is the one it matches (matchedKeys), so an id or ID that a record holds wins
 * over an e-mail that another record has.
 */
export function withIdKey(
  matchOn: CustomFieldDefinition | null,
  custom: Record<string, unknown> | undefined,
  others: string[],
  recordId?: string,
): { key?: string; keys?: string[] } {
  const id = idKey(matchOn, custom);
  const keys = [
    ...(recordId === undefined ? [] : [recordKey(recordId)]),
    ...(id === undefined ? [] : [id]),
    ...others,
  ];
  return { ...(keys[0] === undefined ? {} : { key: keys[0] }), ...(keys.length > 1 ? { keys } : {}) };
}

/**
 * The claims of a row's unique values (imports.writers.ts): two rows giving one value go to one
 * writer, whose check of the values held then sees the first row's record.
 */
export function uniqueClaims(
  definitions: CustomFieldDefinition[],
  custom: Record<string, unknown> | undefined,
): string[] {
  if (!custom) return [];
  return definitions.flatMap((d) => {
    const text = d.unique ? uniqueText(custom[d.key]) : undefined;
    return text === undefined ? [] : [`unique:${d.key}:${text}`];
  });
}

/**
 * A row matched by e-mail or domain to a record that holds another ID: writing it would give that
 * record the row's ID, though the other system says they are two records.
 */
export function changedIdProblem(
  matchOn: CustomFieldDefinition | null,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  plan: readonly { column: string; field: string }[],
  what: string,
): RowProblem | undefined {
  if (!matchOn) return undefined;
  const held = uniqueText(before[matchOn.key]);
  const given = uniqueText(after[matchOn.key]);
  if (held === undefined || given === held) return undefined;
  const problem: FieldProblem = {
    reason: `The ${what} this row matches holds ${matchOn.label} "${held}", not "${given}": the other system has them as two records.`,
    fields: [`customFields.${matchOn.key}`],
  };
  return onColumns(problem, plan);
}

/** A record's value that another record holds, or an earlier row of the round gives. */
export function clashProblem(
  field: CustomFieldDefinition,
  value: string,
  plan: readonly { column: string; field: string }[],
  what: string,
): RowProblem {
  return onColumns(
    {
      reason: `${field.label} "${value}" already belongs to another ${what}: it is unique.`,
      fields: [`customFields.${field.key}`],
    },
    plan,
  );
}

/** Our exports' headers of the id ("id"; "Record ID" for Excel), as normaliseHeader writes them. */
const ID_HEADERS = new Set(['id', 'recordid']);

/**
 * Whether a column is our exports' id: proposed as the record to update only when the file's first
 * rows hold ids as we write them, since HubSpot's "Record ID" holds its own numbers. `header`: the
 * column's header, normalised.
 */
export function holdsOurIds(header: string, rows: readonly (readonly string[])[], index: number): boolean {
  if (!ID_HEADERS.has(header)) return false;
  const cells = rows.map((row) => row[index]?.trim() ?? '').filter(Boolean);
  return cells.length > 0 && cells.every((cell) => isUuid(cell));
}
