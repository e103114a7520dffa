import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { holdersOf, uniqueText } from '../custom-fields/index.ts';
import type { BatchRow, Landed, Outcome, PreparedRow, RunContext } from './imports.batch.ts';
import { clashProblem, isIdKey, isRecordKey, recordKey } from './match-on.rules.ts';

/**
 * The look-ups of unique custom fields an import makes (match-on.rules.ts says why): which records
 * hold the IDs its rows give, and which rows would give a record a value another record holds.
 */

/** Each "id:" key of the rows → the record holding that value of the run's unique field. */
async function matchByIds(tx: Tx, run: RunContext, rows: PreparedRow[]): Promise<Map<string, string>> {
  if (!run.matchOn) return new Map();
  const values = rows
    .flatMap((r) => r.keys ?? (r.key ? [r.key] : []))
    .filter(isIdKey)
    .map((key) => key.slice('id:'.length));
  const holders = await holdersOf(tx, run.workspaceId, run.matchOn, values);
  return new Map([...holders].map(([value, id]) => [`id:${value}`, id]));
}

/**
 * Each "record:" key of the rows → the live record with that id: a record merged away since the
 * export is found as the record it went into (through any number of merges).
 */
async function matchByRecordIds(
  tx: Tx,
  run: RunContext,
  table: 'people' | 'companies',
  rows: PreparedRow[],
): Promise<Map<string, string>> {
  const ids = [
    ...new Set(
      rows
        .flatMap((r) => r.keys ?? (r.key ? [r.key] : []))
        .filter(isRecordKey)
        .map((key) => key.slice('record:'.length)),
    ),
  ];
  if (ids.length === 0) return new Map();
  const found = await sql<{ asked: string; id: string }>`
    WITH RECURSIVE chain (asked, id, deleted, merged_into, depth) AS (
      SELECT r.id, r.id, r.deleted_at IS NOT NULL, r.merged_into_id, 0 FROM ${sql.table(table)} r
      WHERE r.workspace_id = ${run.workspaceId} AND r.id = ANY(${ids}::uuid[])
      UNION ALL
      SELECT c.asked, r.id, r.deleted_at IS NOT NULL, r.merged_into_id, c.depth + 1
      FROM chain c JOIN ${sql.table(table)} r ON r.workspace_id = ${run.workspaceId} AND r.id = c.merged_into
      WHERE c.depth < 20
    )
    SELECT asked::text, id::text FROM chain WHERE NOT deleted`.execute(tx);
  return new Map(found.rows.map((r) => [recordKey(r.asked), r.id]));
}

/** The records a round's own keys find: our record ids and the IDs of the unique field matched on. */
export async function matchByOwnKeys(
  tx: Tx,
  run: RunContext,
  table: 'people' | 'companies',
  rows: PreparedRow[],
): Promise<Map<string, string>> {
  return new Map([...(await matchByRecordIds(tx, run, table, rows)), ...(await matchByIds(tx, run, rows))]);
}

/**
 * Takes out of a round, rejecting them, the rows whose record would hold a value of a unique field
 * that another record holds, or that an earlier row of the round gives: written, the database would
 * refuse the whole batch (migration 0054). Rows giving one value go to one writer (uniqueClaims), so
 * what this reads is all there is, but for an edit through the API at that very moment.
 */
export async function rejectUniqueClashes<
  R extends BatchRow,
  T extends { id: string; custom_fields: Record<string, unknown> },
>(
  tx: Tx,
  run: RunContext,
  round: { inserts: Landed<R, T>[]; updates: Landed<R, T>[] },
  outcome: Outcome,
  what: string,
): Promise<void> {
  const unique = run.definitions.filter((d) => d.unique);
  if (unique.length === 0) return;
  const landed = [...round.inserts, ...round.updates];
  const clashing = new Set<Landed<R, T>>();
  for (const field of unique) {
    const values = landed.map((l) => uniqueText(l.record.custom_fields[field.key]));
    const holders = await holdersOf(
      tx,
      run.workspaceId,
      field,
      values.filter((v) => v !== undefined),
    );
    const given = new Map<string, string>();
    landed.forEach((l, i) => {
      const value = values[i];
      if (value === undefined || clashing.has(l)) return;
      const holder = holders.get(value) ?? given.get(value);
      if (holder === undefined || holder === l.record.id) given.set(value, l.record.id);
      else {
        clashing.add(l);
        outcome.rejected.push({ ...l.row, ...clashProblem(field, value, run.plan, what) });
      }
    });
  }
  if (clashing.size === 0) return;
  round.inserts = round.inserts.filter((l) => !clashing.has(l));
  round.updates = round.updates.filter((l) => !clashing.has(l));
}
