/**
 * Dates written with day and month as numbers ("05/12/2023") read one way in Europe and another in
 * the United States. The import refuses the ones that could be either unless told the file's order
 * (values.rules.ts parseDate); these read a column's previewed cells to see whether the question
 * arises, and which answer the cells already prove ("25/12/2023" can only be day first).
 */
export type DateOrder = 'dayFirst' | 'monthFirst';

// A time of day may follow, as in date-time columns ("05/12/2023 2:33 PM").
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:\s+\d{1,2}:\d{2}\S*(?:\s*[ap]\.?m\.?)?)?$/i;

function exists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The orders a cell of day and month as numbers is a date in; null for a cell of another kind. */
export function ordersOf(cell: string): DateOrder[] | null {
  const match = NUMERIC_DATE.exec(cell.trim());
  if (!match) return null;
  const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  const orders: DateOrder[] = [];
  if (exists(year, second, first)) orders.push('dayFirst');
  if (exists(year, first, second)) orders.push('monthFirst');
  return orders;
}

export interface DateOrderEvidence {
  /** Some cells are dates of day and month as numbers. */
  numeric: boolean;
  /** The orders every such cell reads as a date in (both when none tells them apart). */
  possible: DateOrder[];
  /** For each order, a cell only that order makes a date, when there is one ("25/12/2023": day first). */
  proofs: Partial<Record<DateOrder, string>>;
}

export function dateOrderEvidence(cells: readonly string[]): DateOrderEvidence {
  let numeric = false;
  let possible: DateOrder[] = ['dayFirst', 'monthFirst'];
  const proofs: Partial<Record<DateOrder, string>> = {};
  for (const cell of cells) {
    const orders = ordersOf(cell);
    if (orders === null) continue;
    numeric = true;
    possible = possible.filter((order) => orders.includes(order));
    const [only] = orders;
    if (orders.length === 1 && only) proofs[only] ??= cell.trim();
  }
  return { numeric, possible, proofs };
}

/**
 * A row the import rejected for a date that reads both ways: the reason values.rules.ts words
 * (`"05/12/2023" could be 5 December or 12 May: write the date as YYYY-MM-DD …`).
 */
export const isEitherWayDate = (reason: string) =>
  /could be .+ or .+: write the date as YYYY-MM-DD/.test(reason);
