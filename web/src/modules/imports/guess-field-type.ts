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
  // Day and month as numbers count (the mapping step then asks which comes first). A column of
  // dates with a stray value ("n/a", a shifted row) is still dates: that row is rejected, named.
  const dates = cells.filter((cell) => DATE.test(cell) || ordersOf(cell)?.length);
  if (dates.length >= MOSTLY * cells.length) return { type: 'date' };
  if (cells.every((cell) => DATE.test(cell) || DATE_TIME.test(cell))) return { type: 'dateTime' };
  const firsts = new Map<string, string>();
  for (const cell of cells) if (!firsts.has(cell.toLowerCase())) firsts.set(cell.toLowerCase(), cell);
  const distinct = [...firsts.values()];
  const repeats = distinct.length < cells.length;
  if (repeats && distinct.length <= MAX_CHOICES && distinct.every((c) => c.length <= MAX_CHOICE_LENGTH))
    return { type: 'select', choices: distinct };
  return { type: 'text' };
}
