import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/connect.ts';
import { afterCommit, type Tx } from '../../platform/db/transaction.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { isSortable, sortExpression } from './custom-fields.query.ts';
import type { CustomFieldDefinition, CustomFieldObject } from './custom-fields.rules.ts';

/**
 * A list sorted by a custom field reads the value out of every record's jsonb and sorts them all:
 * about 4 s for the first page of 1,000,000 people (docs/benchmarks.md). So a sortable field of a large workspace gets an
 * index of its own, on the list's very sort expression and partial to its workspace: other
 * workspaces' records cost it nothing but the check of its predicate. Small workspaces get none, as
 * an index would cost every write and save a sort of a few milliseconds. The index is built in the
 * background when the field is defined, and again when a list is sorted by a field that has none
 * (the workspace may have grown since); it is dropped before the field is purged.
 */
export const SORT_INDEX_JOB = 'customFields.sortIndex';
export const SORT_INDEX_FROM = 10_000;

export function sortIndexName(fieldId: string): string {
  return `cf_sort_${fieldId.replaceAll('-', '')}`;
}

/**
 * The statistics beside the index. PostgreSQL ignores a partial index's statistics when it estimates
 * a condition, so without these "Tier is Silver" would be guessed at a two-hundredth of the records,
 * and a list would read a quarter of the workspace from the index to sort it rather than walk its
 * own sort order. Built on the workspace and the key together, so that a value's share is the
 * workspace's, not the table's (migration 0031).
 */
export function sortStatisticsName(fieldId: string): string {
  return `cf_stats_${fieldId.replaceAll('-', '')}`;
}

export function tableOf(objectType: CustomFieldObject): 'people' | 'companies' {
  return objectType === 'people' ? 'people' : 'companies';
}

/** The names, among these fields' index names, of the indexes PostgreSQL may use (built, valid, with statistics). */
export async function validSortIndexes(tx: Tx, fieldIds: string[]): Promise<Set<string>> {
  if (fieldIds.length === 0) return new Set();
  const rows = await sql<{ relname: string }>`
    SELECT c.relname FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
    WHERE c.relname = ANY(${fieldIds.map(sortIndexName)}::text[]) AND i.indisvalid
      AND EXISTS (SELECT 1 FROM pg_statistic_ext s WHERE s.stxname = replace(c.relname, 'cf_sort_', 'cf_stats_'))`.execute(
    tx,
  );
  return new Set(rows.rows.map((r) => r.relname));
}

// Asked at most once per field per process in this time: a list sorted again and again by a field of
// a small workspace would otherwise queue a job for each page.
const ASK_AGAIN_MS = 10 * 60 * 1000;
const askedAt = new Map<string, number>();

export async function requestSortIndex(tx: Tx, workspaceId: string, fieldId: string): Promise<void> {
  const now = Date.now();
  if (now - (askedAt.get(fieldId) ?? 0) < ASK_AGAIN_MS) return;
  await queueSortIndex(tx, workspaceId, fieldId);
  // Only once the job is queued for good: a list read in a read-only transaction is refused the
  // write and asks again in one that may write.
  afterCommit(() => askedAt.set(fieldId, now));
}

export async function queueSortIndex(tx: Tx, workspaceId: string, fieldId: string): Promise<void> {
  await enqueue(tx, {
    kind: SORT_INDEX_JOB,
    workspaceId,
    payload: { fieldId },
    dedupeKey: `sort-index:${fieldId}`,
    maxAttempts: 3,
  });
}

/**
 * What a list sorted by `sort` adds to its conditions. With an index on the field, the workspace is
 * named as a literal: the index is partial to it, and PostgreSQL can prove a partial index's
 * predicate only from constants, so a generic plan of a prepared statement would not use it. Without
 * an index, it asks for one.
 */
export async function customSortCondition(
  tx: Tx,
  input: { workspaceId: string; definitions: CustomFieldDefinition[]; sort: string; alias: string },
): Promise<RawBuilder<boolean> | undefined> {
  const key = input.sort.replace(/^-/, '').match(/^customFields\.(.+)$/)?.[1];
  const field = input.definitions.find((d) => d.key === key && isSortable(d));
  if (!field) return undefined;
  if (field.sortIndexed)
    return sql<boolean>`${sql.ref(`${input.alias}.workspace_id`)} = ${sql.lit(input.workspaceId)}`;
  await requestSortIndex(tx, input.workspaceId, field.id);
  return undefined;
}

export async function buildSortIndex(
  db: Db,
  workspaceId: string,
  objectType: CustomFieldObject,
  definition: CustomFieldDefinition,
): Promise<void> {
  const name = sortIndexName(definition.id);
  const table = tableOf(objectType);
  // A concurrent build that died half-way leaves an invalid index behind, which IF NOT EXISTS would
  // keep for good. The embedded database has one connection: nothing to build concurrently with.
  await dropSortIndex(db, definition.id, { onlyInvalid: true });
  const concurrently = db.kind === 'postgres' ? sql`CONCURRENTLY` : sql``;
  await sql`
    CREATE INDEX ${concurrently} IF NOT EXISTS ${sql.id(name)} ON ${sql.table(table)}
      ((${sortExpression(definition, sql.ref('custom_fields'))}), id)
      WHERE workspace_id = ${sql.lit(workspaceId)} AND deleted_at IS NULL`.execute(db.kysely);
  await sql`
    CREATE STATISTICS IF NOT EXISTS ${sql.id(sortStatisticsName(definition.id))} (mcv)
      ON workspace_id, (${sortExpression(definition, sql.ref('custom_fields'))}) FROM ${sql.table(table)}`.execute(
    db.kysely,
  );
  // The statistics filled in, so that the planner weighs a filter's and a cursor's conditions right.
  await sql`ANALYZE ${sql.table(table)}`.execute(db.kysely);
}

export async function dropSortIndex(db: Db, fieldId: string, options: { onlyInvalid?: boolean } = {}) {
  const name = sortIndexName(fieldId);
  const found = await sql<{ valid: boolean }>`
    SELECT i.indisvalid AS valid FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
    WHERE c.relname = ${name}`.execute(db.kysely);
  const index = found.rows[0];
  if (!options.onlyInvalid)
    await sql`DROP STATISTICS IF EXISTS ${sql.id(sortStatisticsName(fieldId))}`.execute(db.kysely);
  if (!index || (options.onlyInvalid && index.valid)) return;
  const concurrently = db.kind === 'postgres' ? sql`CONCURRENTLY` : sql``;
  await sql`DROP INDEX ${concurrently} IF EXISTS ${sql.id(name)}`.execute(db.kysely);
}
