import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

/** Tables whose live rows a workspace-wide statement reads. */
export type WorkspaceTable = 'people' | 'companies';

/**
 * Analyses `table` when the planner's estimate of one workspace's live rows is far below their number,
 * and says whether it did. A statement that reads a whole workspace right after a large write (an
 * import's duplicate scan) runs before autovacuum has analysed the table, or, on the embedded
 * database, before its upkeep (every ten minutes): with statistics that say "a handful of rows" the planner nests
 * loops that meet every row with every other (5,000 fresh companies: 12.5 million comparisons, 16 s).
 * Runs as the tables' owner (the pool's own connection): ANALYZE under the request role only warns
 * and skips. Outside a transaction, so that the table's lock is let go as soon as it is done.
 */
export async function analyzeIfMisjudged(
  on: Kysely<Database>,
  table: WorkspaceTable,
  workspaceId: string,
): Promise<boolean> {
  if (!(await misjudged(on, table, workspaceId))) return false;
  await analyze(on, table);
  return true;
}

/**
 * Whether the planner's estimate of one workspace's live rows in `table` is far below their number.
 * The activity counters (pg_stat_user_tables) are not asked: a server reports a connection's writes
 * up to seconds late, and they do not say which workspace changed. The count stops one past what
 * would be stale, so it costs no more than a few times the estimate. A caller that already knows how
 * many live rows there are at least (`known`: a batch of records it was told were written) skips the
 * count: an estimate below that is wrong.
 */
export async function misjudged(
  on: Kysely<Database>,
  table: WorkspaceTable,
  workspaceId: string,
  known?: number,
): Promise<boolean> {
  const live = sql`workspace_id = ${workspaceId} AND deleted_at IS NULL`;
  const plan = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM ${sql.table(table)} WHERE ${live}`.execute(on);
  const estimate = plan.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
  if (known !== undefined) return estimate < known;
  const stale = staleAbove(estimate);
  const counted = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM ${sql.table(table)} WHERE ${live} LIMIT ${stale + 1}) r`.execute(
    on,
  );
  return (counted.rows[0]?.n ?? 0) > stale;
}

/** Refreshes the planner's statistics of `table`; as the owner, see `analyzeIfMisjudged`. */
export async function analyze(on: Kysely<Database>, table: WorkspaceTable): Promise<void> {
  await sql`ANALYZE ${sql.table(table)}`.execute(on);
}

/**
 * How many rows make an estimate stale: twice it, and a thousand more, since a plan made for a few
 * rows costs little when they are a few hundred.
 */
export function staleAbove(estimate: number): number {
  return Math.ceil(2 * estimate) + 1000;
}
