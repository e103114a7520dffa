import type { components } from '../../api/schema.gen';

export type ColumnValues = components['schemas']['ImportColumnValues'];
/** Per column, the choice value each text is read as; null: leave the field empty. */
export type ValueReadings = Record<string, Record<string, string | null>>;

/**
 * Fields whose cells name one of a list of choices: the lifecycle stage, select and multi-select
 * fields, the owner (one of the workspace's members) and the country.
 */
const PICK_LIST_TYPES = new Set(['select', 'multiSelect', 'member', 'country']);

export interface PickListColumn {
  column: string;
  field: string;
  label: string;
  /** What a text given no choice does: rejects its rows, or (an owner not found, if so asked) nothing. */
  unmatched: 'reject' | 'empty';
}

/** The columns the mapping sends into pick-list fields, in the file's order. */
export function pickListColumns(
  header: readonly string[],
  fields: readonly { key: string; label: string; type: string }[],
  mapping: Record<string, string | null>,
  unknownOwner: 'reject' | 'ignore' = 'reject',
): PickListColumn[] {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  return header.flatMap((column) => {
    const field = byKey.get(mapping[column] ?? '');
    if (!field || !PICK_LIST_TYPES.has(field.type)) return [];
    const unmatched = field.type === 'member' && unknownOwner === 'ignore' ? 'empty' : 'reject';
    return [{ column, field: field.key, label: field.label, unmatched }];
  });
}

/** How a listed text will be read: the person's choice, else the proposal; undefined: its rows are rejected. */
export function readingOf(
  value: Pick<ColumnValues['values'][number], 'text' | 'proposed'>,
  chosen: Record<string, string | null> | undefined,
): string | null | undefined {
  if (chosen && Object.hasOwn(chosen, value.text)) return chosen[value.text] ?? null;
  return value.proposed ?? undefined;
}

/**
 * The readings a start sends for one column: every text listed, as the screen showed it (proposals
 * included, so the import keeps what the person saw), except those left to be rejected.
 */
export function readingsToSend(
  listed: ColumnValues,
  chosen: Record<string, string | null> | undefined,
): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const value of listed.values) {
    const read = readingOf(value, chosen);
    if (read !== undefined) out[value.text] = read;
  }
  return out;
}

/** Rows that will be rejected for a text no choice was given to, as listed. */
export function rejectedRows(
  listed: ColumnValues,
  chosen: Record<string, string | null> | undefined,
  unmatched: PickListColumn['unmatched'] = 'reject',
): number {
  if (unmatched === 'empty') return 0;
  return listed.values.reduce(
    (sum, value) => sum + (readingOf(value, chosen) === undefined ? value.rows : 0),
    0,
  );
}

/** Readings kept in a draft, as far as they are readings: anything else is dropped. */
export function cleanReadings(saved: unknown): ValueReadings | undefined {
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return undefined;
  const out: ValueReadings = {};
  for (const [column, texts] of Object.entries(saved)) {
    if (!texts || typeof texts !== 'object' || Array.isArray(texts)) continue;
    out[column] = Object.fromEntries(
      Object.entries(texts).filter(
        (entry): entry is [string, string | null] => entry[1] === null || typeof entry[1] === 'string',
      ),
    );
  }
  return out;
}
