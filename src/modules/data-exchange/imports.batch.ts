import '../../platform/validation-messages.ts';
import type { z } from 'zod';
import { unstorableText } from '../../platform/text.ts';
import type { Actor } from '../access/index.ts';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import type { ValueReadings } from './choices.rules.ts';
import type { ParentRef } from './imports.parents.ts';
import type { ImportFormat, ImportMode, UnknownOwner } from './imports.tables.ts';
import {
  cellProblem,
  inputProblem,
  joinProblems,
  type RowProblem,
  rowProblem,
} from './row-problems.rules.ts';
import type { ColumnPlan, Draft, Drafted } from './rows.rules.ts';
import type { DateOrder } from './values.rules.ts';

/** What every batch of an import shares: who imports, how rows map, what to do with matches. */
export interface RunContext {
  workspaceId: string;
  actor: Actor & { userId: string };
  format: ImportFormat;
  plan: ColumnPlan[];
  /** Cells in the header (CSV). */
  width: number;
  /** Dedupe on and a mode that looks matches up (update or skip). */
  matching: boolean;
  mode: ImportMode;
  defaultCountry: string;
  definitions: CustomFieldDefinition[];
  /** How the file writes day and month as numbers; null: a date that reads both ways is rejected. */
  dateOrder: DateOrder | null;
  /** A row whose owner is not an active member: rejected, or written as if its owner cell were empty. */
  unknownOwner: UnknownOwner;
  /** Per pick-list column, the choice each text is read as; null: each as proposed. */
  values: ValueReadings | null;
  /** The unique custom field rows match on before their e-mails or domains (imports.unique.ts). */
  matchOn: CustomFieldDefinition | null;
}

/** How an import's rows are cleaned: by the API's rules, but a relation may name its record by key. */
export const importCleanContext = (run: RunContext) => ({
  defaultCountry: run.defaultCountry,
  definitions: run.definitions,
  relationsByKey: true,
});

/** A data row of the file: its number (the header is row 0) and its cells as read. */
export interface BatchRow {
  row: number;
  cells: string[];
}

/** A row that was not written, why, and the columns whose cells to fix (stored, migration 0048). */
export interface Rejection extends BatchRow, RowProblem {}

export interface Outcome {
  created: number;
  updated: number;
  skipped: number;
  rejected: Rejection[];
  companiesCreated: number;
  /** The parent company named for each company written (company imports); placed when the import ends. */
  parents: ParentRef[];
}

/** A row once cleaned, before the database had its say. */
export interface PreparedRow extends BatchRow {
  /** Why the row cannot be written at all. */
  problem?: RowProblem;
  /**
   * The owner a row rejected before the look-ups names: looked up all the same, so that its
   * rejection says all that is wrong with it at once (`withOwnerProblems`).
   */
  rejectedOwner?: string;
  /** Every cell empty (a spreadsheet's trailing ";;;;" lines): nothing to import, so skipped. */
  blank?: boolean;
  /** Why it cannot be created; an update may still succeed (a required field the record has). */
  cleanProblem?: RowProblem;
  /** The dedupe key (e-mail or domain), when matching. */
  key?: string | undefined;
  /** Every value the row may match on (all its e-mails, all its domains), when it has more than one. */
  keys?: string[] | undefined;
}

export const emptyOutcome = (): Outcome => ({
  created: 0,
  updated: 0,
  skipped: 0,
  rejected: [],
  companiesCreated: 0,
  parents: [],
});

/**
 * A cell the database cannot store (a NUL byte, a lone surrogate from a broken UTF-16 file) rejects
 * its row, whatever column it is in: the rejected rows file keeps it with U+FFFD in its place.
 * A CSV row with more or fewer cells than the header was split or merged by a delimiter or line
 * break without quotes; writing it would write a partial row, so it is rejected whole.
 */
export function shapeProblem(row: BatchRow, run: RunContext): RowProblem | undefined {
  for (const [index, cell] of row.cells.entries()) {
    const problem = unstorableText(cell);
    if (!problem) continue;
    if (run.format !== 'csv') return rowProblem(problem);
    const column = run.plan.find((p) => p.index === index)?.column;
    // The columns a problem marks are the mapping's: one the mapping leaves out is named by its place.
    return column ? cellProblem(column, problem) : rowProblem(`Column ${index + 1}: ${problem}`);
  }
  if (run.format !== 'csv' || row.cells.length === run.width) return undefined;
  return rowProblem(
    `This row has ${row.cells.length} cells where the header has ${run.width}: a value may lack its quotes.`,
  );
}

type InputErrors = { path: string; message: string }[];

/**
 * A CSV line of delimiters only, as spreadsheets write below their data: it holds nothing, so it is
 * skipped rather than rejected into the file of rows to fix. A row with a value in any column, even
 * one not imported, is a record missing its data, and is rejected as such.
 */
export function isBlankRow(row: BatchRow, run: RunContext): boolean {
  return run.format === 'csv' && row.cells.every((cell) => cell.trim() === '');
}

/** A zod failure on a row's input, as the API words it. */
export const zodErrors = (error: z.ZodError): InputErrors =>
  error.issues.map((issue) => ({ path: `/${issue.path.join('/')}`, message: issue.message }));

/** A zod failure on a row's input, worded like the API words it, on the columns it came from. */
export function zodProblem(error: z.ZodError, columns: Record<string, string>): RowProblem {
  return inputProblem(zodErrors(error), columns);
}

/**
 * Why a row with cells it could not read is rejected: those cells, then the problems the API finds
 * in the values its other cells give (a bad e-mail beside a bad date). Only problems with a value
 * the row gives: what it lacks (a name) a matching record may supply, and is told if it does not.
 */
export function unreadRowProblem<I>(
  drafted: Extract<Drafted<I>, { ok: false }>,
  errorsOf: (input: I) => InputErrors,
): RowProblem {
  const { reason, columns, draft } = drafted;
  const unread = { reason, columns };
  if (!draft) return unread;
  const given = Object.keys(draft.columns);
  const about = errorsOf(draft.input).filter((error) =>
    given.some((prefix) => error.path === prefix || error.path.startsWith(`${prefix}/`)),
  );
  return about.length > 0 ? joinProblems([unread, inputProblem(about, draft.columns)]) : unread;
}

/**
 * What every object's row goes through before its own cleaning: skipped when blank; rejected for a
 * cell no column can hold, a cell it cannot read, or an input the API's schema refuses (an owner it
 * names is kept, to be looked up all the same). Otherwise its draft, with the schema's parsed input.
 */
export function draftRow<I>(
  row: BatchRow,
  run: RunContext,
  draftOf: () => Drafted<I>,
  schema: { safeParse: (input: unknown) => z.ZodSafeParseResult<I> },
  errorsOf: (input: I) => InputErrors,
): { done: PreparedRow } | { draft: Draft<I> } {
  if (isBlankRow(row, run)) return { done: { ...row, blank: true } };
  const shape = shapeProblem(row, run);
  if (shape) return { done: { ...row, problem: shape } };
  const drafted = draftOf();
  if (!drafted.ok)
    return {
      done: { ...row, problem: unreadRowProblem(drafted, errorsOf), rejectedOwner: drafted.draft?.owner },
    };
  const parsed = schema.safeParse(drafted.draft.input);
  if (!parsed.success)
    return {
      done: {
        ...row,
        problem: zodProblem(parsed.error, drafted.draft.columns),
        rejectedOwner: drafted.draft.owner,
      },
    };
  return { draft: { ...drafted.draft, input: parsed.data } };
}

/**
 * Splits rows into rounds by the rows before them in the batch that share a dedupe key (any of their
 * keys): a row goes in the round after the last of those, so the first row of each key is in round 0,
 * the second in round 1… Each round is written before the next is looked up, so a key repeated within
 * a batch updates (or skips) the record its first row created, as it would across batches; a row that
 * gives an earlier row's second e-mail (or domain) finds the person (or company) that row created.
 */
export function rounds<T extends Pick<PreparedRow, 'key' | 'keys'>>(rows: T[]): T[][] {
  const last = new Map<string, number>();
  const out: T[][] = [];
  for (const row of rows) {
    const keys = row.keys ?? (row.key === undefined ? [] : [row.key]);
    const n = keys.reduce((round, key) => Math.max(round, (last.get(key) ?? -1) + 1), 0);
    for (const key of keys) last.set(key, n);
    const round = out[n] ?? [];
    round.push(row);
    out[n] = round;
  }
  return out;
}

/**
 * Points each row's key at the first of its keys that found a record (matches: key → record id); a
 * row none of whose keys found one keeps its first, the key it creates its record under.
 */
export function matchedKeys(rows: Pick<PreparedRow, 'key' | 'keys'>[], matches: Map<string, string>): void {
  for (const row of rows) row.key = row.keys?.find((key) => matches.has(key)) ?? row.keys?.[0] ?? row.key;
}

/**
 * Writes the rows round by round (`write` gives back the rows to hold over): a row held over goes
 * first in the next round, so it reads what the rows before it wrote, in file order still.
 */
export async function writeRounds<T extends Pick<PreparedRow, 'key' | 'keys'>>(
  rows: T[],
  write: (round: T[]) => Promise<T[]>,
): Promise<void> {
  const queue = rounds(rows);
  for (let i = 0; i < queue.length; i++) {
    const later = await write(queue[i] ?? []);
    if (later.length > 0) queue[i + 1] = [...later, ...(queue[i + 1] ?? [])];
  }
}

/**
 * Same value as JSON, keys in any order (jsonb stores them its own way): how an update decides it
 * would change nothing.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  // Compared in place: a re-import compares every column of every matched record, and writing both
  // sides out as sorted JSON took a seventh of the Node process's time per row.
  return jsonEqual(a ?? null, b ?? null);
}

/** A value as JSON.stringify writes it: a Date as its ISO text, a number it cannot write as null. */
function asJson(value: unknown): unknown {
  if (value instanceof Date) return value.toJSON();
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

function jsonEqual(left: unknown, right: unknown): boolean {
  const a = asJson(left);
  const b = asJson(right);
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    // JSON writes a missing element as null.
    return a.every((item, i) => jsonEqual(item ?? null, b[i] ?? null));
  }
  // JSON leaves out members whose value is undefined.
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => y[k] !== undefined && Object.hasOwn(y, k) && jsonEqual(x[k], y[k]));
}

/** A row and the record it wrote, or found unchanged. */
export interface Landed<R, T> {
  row: R;
  record: T;
}

/**
 * A row rejected for what the look-ups found (an owner who is not a member, a company, a relation),
 * with what its own cells get wrong too when nothing can mend that: without matching, no record will
 * supply what the row lacks. With it, the cells' problems wait for the match to be known.
 */
export function lookedUpProblem(row: PreparedRow, problem: RowProblem, run: RunContext): RowProblem {
  return row.cleanProblem && !run.matching ? joinProblems([row.cleanProblem, problem]) : problem;
}

/**
 * What each row of a round does, given the records its key matched: skip (mode skip, or a match it
 * would not change), update, create, or be rejected with its problem. A row that matched a record an
 * earlier row of the round already changes (by another of its keys) is held over to the next round,
 * where it updates the record as that row left it rather than overwriting it. A match it would not
 * change is `unchanged`: what a row adds beside the record's fields (a note, a parent) still applies.
 */
export function classify<R extends PreparedRow, T>(
  rows: R[],
  run: RunContext,
  matches: Map<string, string>,
  existing: Map<string, T>,
  make: {
    create: (row: R) => T | undefined;
    update: (row: R, current: T) => { record?: T } | { problem: RowProblem };
  },
  outcome: Outcome,
): { inserts: Landed<R, T>[]; updates: Landed<R, T>[]; unchanged: Landed<R, T>[]; later: R[] } {
  const inserts: Landed<R, T>[] = [];
  const updates: Landed<R, T>[] = [];
  const unchanged: Landed<R, T>[] = [];
  const later: R[] = [];
  const matched = new Set<string>();
  for (const row of rows) {
    const matchId = row.key === undefined ? undefined : matches.get(row.key);
    if (matchId && run.mode === 'skip') outcome.skipped++;
    else if (matchId && matched.has(matchId)) later.push(row);
    else if (matchId) {
      matched.add(matchId);
      const current = existing.get(matchId);
      const result = current
        ? make.update(row, current)
        : { problem: rowProblem('The matching record is gone.') };
      if ('problem' in result) outcome.rejected.push({ ...row, ...result.problem });
      else if (result.record) updates.push({ row, record: result.record });
      else if (current) {
        outcome.skipped++;
        unchanged.push({ row, record: current });
      }
    } else if (row.blank) outcome.skipped++;
    else {
      const created = row.cleanProblem ? undefined : make.create(row);
      if (created) inserts.push({ row, record: created });
      else outcome.rejected.push({ ...row, ...(row.cleanProblem ?? rowProblem('Nothing to import.')) });
    }
  }
  return { inserts, updates, unchanged, later };
}

/**
 * Counts the rows created and the updates that applied, and gives every row whose record the round
 * wrote (its `unchanged` rows wrote nothing). The records were read locked until the batch commits, so a row on another writer that
 * found one waited and read it anew (imports.apart.test.ts); the version check stays as a guard, and
 * a record that changed anyway (another version) rejects its row.
 */
export function settleRound<R extends BatchRow, T extends { id: string }>(
  round: { inserts: Landed<R, T>[]; updates: Landed<R, T>[] },
  done: Set<string>,
  outcome: Outcome,
): Landed<R, T>[] {
  const applied = round.updates.filter(({ row, record }) => {
    if (done.has(record.id)) outcome.updated++;
    else
      outcome.rejected.push({
        ...row,
        ...rowProblem('The record changed while the import ran; import the row again.'),
      });
    return done.has(record.id);
  });
  outcome.created += round.inserts.length;
  return [...round.inserts, ...applied];
}
