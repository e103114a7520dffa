import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace, type TenantContext, type Tx } from '../../platform/db/transaction.ts';
import { storableCopy } from '../../platform/text.ts';
import type { Outcome } from './imports.batch.ts';
import { keepParents } from './imports.parents.ts';
import { bitmapOf } from './imports.writers.ts';

/**
 * How a batch of an import commits: its records, rejected rows, the rows it wrote and the counters
 * in one transaction, only while its run owns the import.
 */

/** The job's lease, renewed with every batch: a killed run's import is taken up again this soon. */
export const LEASE_SECONDS = 120;

/** The import was cancelled, or another run of it took over: stop, quietly. */
export class ImportStopped extends Error {}

export interface RunRef {
  importId: string;
  runId: string;
  jobId: string | undefined;
}

/**
 * The imports row is updated last: writers wait for each other only on that row, from their update
 * to their commit. The update is also the check that this run still owns a processing import; if not,
 * the whole batch rolls back.
 */
export async function commitBatch(
  db: Db,
  context: TenantContext,
  { importId, runId, jobId }: RunRef,
  counts: { rows: number[]; bytes: number },
  write: (tx: Tx) => Promise<Outcome>,
): Promise<void> {
  await inWorkspace(db, context, async (tx) => {
    const outcome = await write(tx);
    if (outcome.rejected.length > 0) {
      const rows = outcome.rejected.map((r) => ({
        row_number: r.row,
        cells: r.cells.map(storableCopy),
        reason: r.reason,
        columns: r.columns,
      }));
      await sql`
        INSERT INTO import_rejections (workspace_id, import_id, row_number, cells, reason, columns)
        SELECT ${context.workspaceId}, ${importId}, r.row_number, r.cells, r.reason, r.columns
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(row_number bigint, cells text[], reason text, columns text[])`.execute(
        tx,
      );
    }
    await keepParents(tx, context.workspaceId, importId, outcome.parents);
    // Another run that committed these rows first owns the import now (this run lost it).
    const { first, done } = bitmapOf(counts.rows);
    const recorded = await tx
      .insertInto('import_batches')
      .values({
        workspace_id: context.workspaceId,
        import_id: importId,
        first_row: first,
        row_count: counts.rows.length,
        done,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('first_row')
      .executeTakeFirst();
    if (!recorded) throw new ImportStopped('another run wrote these rows');
    const owned = await tx
      .updateTable('imports')
      .set({
        rows_done: sql`rows_done + ${counts.rows.length}`,
        bytes_done: sql`bytes_done + ${counts.bytes}`,
        created_count: sql`created_count + ${outcome.created}`,
        updated_count: sql`updated_count + ${outcome.updated}`,
        skipped_count: sql`skipped_count + ${outcome.skipped}`,
        rejected_count: sql`rejected_count + ${outcome.rejected.length}`,
        companies_created: sql`companies_created + ${outcome.companiesCreated}`,
        updated_at: sql`now()`,
      })
      .where('workspace_id', '=', context.workspaceId)
      .where('id', '=', importId)
      .where('status', '=', 'processing')
      .where('run_id', '=', runId)
      .executeTakeFirst();
    if (Number(owned.numUpdatedRows) !== 1)
      throw new ImportStopped('the import was cancelled, or another run took it over');
    if (jobId) await renewLease(tx, jobId);
  });
}

export async function renewLease(tx: Tx, jobId: string): Promise<void> {
  await sql`UPDATE jobs SET locked_until = now() + make_interval(secs => ${LEASE_SECONDS})
            WHERE id = ${jobId} AND state = 'running'`.execute(tx);
}
