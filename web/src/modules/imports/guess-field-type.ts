import type { CustomFieldType } from '../custom-fields/custom-field-types';
import { ordersOf } from './date-order';

export interface FieldGuess {
  type: Extract<CustomFieldType, 'text' | 'number' | 'date' | 'dateTime' | 'boolean' | 'select'>;
  /** A select's options: the column's distinct values, as first written. */
  choices?: string[];
}

/** A select is guessed when values repeat among few: "New · Open · New", not a column of names. */
const MAX_CHOICES = 10;
const MAX_CHOICE_LENGTH = 40;
/** The share of a column's values of one type that makes it that type despite a few strays. */
const MOSTLY = 0.8;

// Each a subset of what the import reads as that type (src/modules/data-exchange/values.rules.ts),
// so a guess never turns a cell the preview shows into a rejected row.
const BOOLEAN = /^(true|false|yes|no)$/i;
// A leading zero is an identifier's (a postcode, a phone number): importing it as a number drops it.
const NUMBER = /^[+-]?(0|[1-9]\d{0,14}|[1-9]\d{0,2}(,\d{3})+)([.,]\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME_OF_DAY = /\d:\d{2}/;

/** Day and month as numbers (the mapping step then asks which comes first), with a time or without. */
const numericDate = (cell: string, timed: boolean) =>
  Boolean(ordersOf(cell)?.length) && TIME_OF_DAY.test(cell) === timed;
const isDate = (cell: string) => DATE.test(cell) || numericDate(cell, false);
const isMoment = (cell: string) => DATE_TIME.test(cell) || numericDate(cell, true);

/**
 * The type a new custom field for a column probably has, from the column's first values: what
 * HubSpot's importer offers when a column matches no property. Empty cells say nothing; a column
 * of nothing, or of anything else, is text.
 */
export function guessFieldType(values: readonly string[]): FieldGuess {
  const cells = values.map((value) => value.trim()).filter(Boolean);
  if (cells.length === 0) return { type: 'text' };
  const all = (pattern: RegExp) => cells.every((cell) => pattern.test(cell));
  if (all(BOOLEAN)) return { type: 'boolean' };
  if (all(NUMBER)) return { type: 'number' };
  // Dates of which some have a time of day are moments: a date field would refuse those cells.
  if (cells.some(isMoment) && cells.every((cell) => isDate(cell) || isMoment(cell)))
    return { type: 'dateTime' };
  // A column of dates with a stray value ("n/a", a shifted row) is still dates: that row is
  // rejected, named.
  if (cells.filter(isDate).length >= MOSTLY * cells.length) return { type: 'date' };
  const firsts = new Map<string, string>();
  for (const cell of cells) if (!firsts.has(cell.toLowerCase())) firsts.set(cell.toLowerCase(), cell);
  const distinct = [...firsts.values()];
  const repeats = distinct.length < cells.length;
  if (repeats && distinct.length <= MAX_CHOICES && distinct.every((c) => c.length <= MAX_CHOICE_LENGTH))
    return { type: 'select', choices: distinct };
  return { type: 'text' };
}

/** A select made from a whole column holds at most this many options, each as long as a choice may be. */
const MAX_FILE_CHOICES = 50;
const MAX_CHOICE_CHARS = 100;

/**
 * A select's options from the texts of the whole column (most frequent first, as the server lists
 * them), each once whatever its case; undefined when the column has more than a select should hold.
 */
export function choicesFromFile(listed: {
  values: readonly { text: string }[];
  unlisted: number;
}): string[] | undefined {
  if (listed.unlisted > 0) return undefined;
  const firsts = new Map<string, string>();
  for (const { text } of listed.values)
    if (!firsts.has(text.toLowerCase())) firsts.set(text.toLowerCase(), text);
  const choices = [...firsts.values()];
  if (choices.length === 0 || choices.length > MAX_FILE_CHOICES) return undefined;
  return choices.every((c) => c.length <= MAX_CHOICE_CHARS) ? choices : undefined;
}

// "Record ID", "Contact ID", "Account Id", "HubSpot ID", "External_ID"; "Customer number", "Cust. No."
// ("Phone number" is no ID: only the numbers of customers, accounts and the like are).
const ID_HEADER =
  /((^|[^a-z])(id|identifier)|(customer|cust\.?|account|client|member|contact|record|reference|ref\.?)[ ._-]*(number|no\.?|nr\.?|#))$/i;

/**
 * Whether a column holds another system's IDs: its header says so and no two of its values are the
 * same. Such a column is proposed as a unique text field (a number would drop leading zeros), which a
 * re-import of the same export then finds its records by.
 */
export function looksLikeIdColumn(header: string, values: readonly string[]): boolean {
  const cells = values.map((value) => value.trim()).filter(Boolean);
  return ID_HEADER.test(header.trim()) && cells.length > 0 && new Set(cells).size === cells.length;
}
