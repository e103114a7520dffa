/**
 * Rows as the demo writes them: plain values keyed by column, grouped by table. Timestamps are ISO
 * strings, dates YYYY-MM-DD, amounts numbers with at most two decimals.
 */
export type Value = string | number | boolean | null | readonly string[];
export type Row = Record<string, Value>;

/** Tables in the order their foreign keys allow them to be written. */
export const TABLE_ORDER = [
  'products',
  'pipelines',
  'pipeline_stages',
  'companies',
  'people',
  'consent_events',
  'tasks',
  'employments',
  'deals',
  'deal_people',
  'orders',
  'order_lines',
  'tickets',
  'activities',
  'activity_people',
] as const;
export type TableName = (typeof TABLE_ORDER)[number];

export class Batch {
  readonly tables = new Map<TableName, Row[]>();
  /** People in the batch (progress is counted in people). */
  people = 0;

  add(table: TableName, row: Row): void {
    const rows = this.tables.get(table);
    if (rows) rows.push(row);
    else this.tables.set(table, [row]);
  }

  rows(table: TableName): Row[] {
    return this.tables.get(table) ?? [];
  }

  get size(): number {
    let n = 0;
    for (const rows of this.tables.values()) n += rows.length;
    return n;
  }
}

export const DAY = 86_400_000;
export const YEAR = 365 * DAY;

export const iso = (ms: number): string => new Date(ms).toISOString();
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** Whole cents, to keep sums exact. */
export const cents = (amount: number): number => Math.round(amount * 100);
