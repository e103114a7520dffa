import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace, type TenantContext, type Tx } from '../../platform/db/transaction.ts';
import type { Logger } from '../../platform/log/logger.ts';
import { storableCopy } from '../../platform/text.ts';
import { companyContext } from '../companies/index.ts';
import { writeContext } from '../people/index.ts';
import type { BatchRow, Outcome, RunContext } from './imports.batch.ts';
import { prepareCompanies, writeCompanies } from './imports.companies.ts';
import { preparePeople, writePeople } from './imports.people.ts';
import type { ImportRow } from './imports.present.ts';
import { fileRecords, readChunks } from './imports.source.ts';
import type { ColumnPlan } from './rows.rules.ts';

/**
 * The job body of an import: the file is read from its chunks and written in batches. Each batch
 * commits its records, its rejected rows and the checkpoint (rows done) in one transaction, after
 * checking that the checkpoint is still where this run left it; so a run killed at any moment and
 * run again resumes after the last committed batch, and two runs of one import never both write.
 */
export const BATCH_ROWS = 5000;
/**
 * The embedded database runs each statement on the server's only thread: smaller batches keep it
 * answering requests while an import runs (a 5,000-row batch holds it for about two seconds).
 */
export const EMBEDDED_BATCH_ROWS = 1000;
/** The job's lease, renewed with every batch: a killed run's import is taken up again this soon. */
export const LEASE_SECONDS = 120;

/** The import was cancelled, or another run of it took over: stop, quietly. */
export class ImportStopped extends Error {}

export interface ProcessOptions {
  signal: AbortSignal;
  logger: Logger;
  jobId?: string | undefined;
  batchRows?: number;
}

export async function processImport(db: Db, workspaceId: string, importId: string, options: ProcessOptions) {
  const started = await beginRun(db, workspaceId, importId, options.jobId);
  if (!started) return;
  const { row, run, context } = started;
  let rowsDone = Number(row.rows_done);
  let bytesDone = Number(row.bytes_done);
  const chunks = readChunks(db, context, importId, row.chunk_count);
  const records = fileRecords(chunks, {
    format: row.format,
    encoding: row.encoding ?? 'utf-8',
    delimiter: row.delimiter ?? ',',
  });
  const step = row.object_type === 'people' ? peopleStep : companiesStep;
  let pending: Promise<void> | undefined;
  try {
    for await (const batch of batches(
      records,
      row.format === 'csv',
      rowsDone,
      options.batchRows ?? (db.kind === 'pglite' ? EMBEDDED_BATCH_ROWS : BATCH_ROWS),
    )) {
      if (options.signal.aborted) throw new Error('the job runner is stopping');
      // Cleaning this batch overlaps the writing of the previous one.
      const write = step(batch, run);
      await pending;
      await yieldToRequests();
      bytesDone += approximateBytes(batch, row.encoding);
      const checkpoint = { before: rowsDone, count: batch.length, bytes: bytesDone };
      rowsDone += batch.length;
      pending = commitBatch(db, context, importId, options.jobId, checkpoint, write);
      pending.catch(() => {});
    }
    await pending;
  } catch (error) {
    await pending?.catch(() => {});
    if (error instanceof ImportStopped || (await isCancelled(db, context, importId))) return;
    if (!isDataError(error)) throw error;
    await failImport(db, context, importId, `Line ${lineOf(error)}: ${(error as Error).message}`, false);
    return;
  }
  await finishImport(db, context, importId);
}

/**
 * Lets requests that arrived meanwhile queue for the database before the next batch does. The
 * embedded database runs queries on this thread and resolves them as microtasks, so without a
 * macrotask turn an import would hold its only connection from the first batch to the last.
 */
export function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

type Step = (batch: BatchRow[], run: RunContext) => (tx: Tx) => Promise<Outcome>;
const peopleStep: Step = (batch, run) => {
  const prepared = preparePeople(batch, run);
  return (tx) => writePeople(tx, run, prepared);
};
const companiesStep: Step = (batch, run) => {
  const prepared = prepareCompanies(batch, run);
  return (tx) => writeCompanies(tx, run, prepared);
};

/** Data rows in batches, numbered from 1 (the header is row 0), after the `skip` already done. */
export async function* batches(
  records: AsyncIterable<string[]>,
  hasHeader: boolean,
  skip: number,
  size: number,
): AsyncGenerator<BatchRow[]> {
  let header = hasHeader;
  let row = 0;
  let batch: BatchRow[] = [];
  for await (const cells of records) {
    if (header) {
      header = false;
      continue;
    }
    row++;
    if (row <= skip) continue;
    batch.push({ row, cells });
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Cancelling drops the file: a run reading it then fails, and should stop as quietly as at a batch. */
async function isCancelled(db: Db, context: TenantContext, importId: string): Promise<boolean> {
  const row = await inWorkspace(db, context, (tx) =>
    tx
      .selectFrom('imports')
      .select('status')
      .where('workspace_id', '=', context.workspaceId)
      .where('id', '=', importId)
      .executeTakeFirst(),
  );
  return row?.status === 'cancelled';
}

/**
 * About how many bytes of the file a batch's rows took, for progress: the reader runs chunks ahead
 * of the rows written, so the bytes it read would claim too much on small files.
 */
function approximateBytes(batch: BatchRow[], encoding: string | null): number {
  const perChar = encoding?.startsWith('utf-16') ? 2 : 1;
  return batch.reduce(
    (sum, { cells }) => sum + cells.reduce((n, cell) => n + cell.length + 1, 0) * perChar,
    0,
  );
}

/** Malformed files fail the import for good; anything else (the database, the process) is retried. */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    (typeof code === 'string' && code.startsWith('CSV_')) || /Encoding not recognized/.test(String(error))
  );
}

function lineOf(error: unknown): string {
  return String((error as { lines?: unknown }).lines ?? '?');
}

async function commitBatch(
  db: Db,
  context: TenantContext,
  importId: string,
  jobId: string | undefined,
  checkpoint: { before: number; count: number; bytes: number },
  write: (tx: Tx) => Promise<Outcome>,
): Promise<void> {
  await inWorkspace(db, context, async (tx) => {
    const state = await tx
      .selectFrom('imports')
      .select(['rows_done', 'status'])
      .where('workspace_id', '=', context.workspaceId)
      .where('id', '=', importId)
      .forUpdate()
      .executeTakeFirst();
    if (state?.status !== 'processing') throw new ImportStopped('the import is no longer processing');
    if (Number(state.rows_done) !== checkpoint.before)
      throw new ImportStopped('another run took the import over');
    const outcome = await write(tx);
    if (outcome.rejected.length > 0) {
      const rows = outcome.rejected.map((r) => ({
        row_number: r.row,
        cells: r.cells.map(storableCopy),
        reason: r.reason,
      }));
      await sql`
        INSERT INTO import_rejections (workspace_id, import_id, row_number, cells, reason)
        SELECT ${context.workspaceId}, ${importId}, r.row_number, r.cells, r.reason
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(row_number bigint, cells text[], reason text)`.execute(
        tx,
      );
    }
    await tx
      .updateTable('imports')
      .set({
        rows_done: checkpoint.before + checkpoint.count,
        bytes_done: checkpoint.bytes,
        created_count: sql`created_count + ${outcome.created}`,
        updated_count: sql`updated_count + ${outcome.updated}`,
        skipped_count: sql`skipped_count + ${outcome.skipped}`,
        rejected_count: sql`rejected_count + ${outcome.rejected.length}`,
        companies_created: sql`companies_created + ${outcome.companiesCreated}`,
        updated_at: sql`now()`,
      })
      .where('workspace_id', '=', context.workspaceId)
      .where('id', '=', importId)
      .execute();
    if (jobId) await renewLease(tx, jobId);
  });
}

async function renewLease(tx: Tx, jobId: string): Promise<void> {
  await sql`UPDATE jobs SET locked_until = now() + make_interval(secs => ${LEASE_SECONDS})
            WHERE id = ${jobId} AND state = 'running'`.execute(tx);
}

/** The import's own context: its writes are the creator's, via 'import', request id import:N. */
export function importContext(row: ImportRow): TenantContext {
  return {
    workspaceId: row.workspace_id,
    actor: row.created_by ? { type: 'user', id: row.created_by } : { type: 'system', id: null },
    via: 'import',
    requestId: `import:${row.number}`,
  };
}

const RUNNABLE = new Set(['queued', 'processing', 'failed']);

/** The import and its creator's membership, read before the run knows whose it is. */
function readForRun(db: Db, workspaceId: string, importId: string) {
  const system: TenantContext = { workspaceId, actor: { type: 'system', id: null }, via: 'job' };
  return inWorkspace(db, system, async (tx) => {
    const row = await tx
      .selectFrom('imports')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', importId)
      .executeTakeFirst();
    if (!row?.created_by || !RUNNABLE.has(row.status)) return undefined;
    const member = await tx
      .selectFrom('memberships')
      .select(['role', 'status'])
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', row.created_by)
      .executeTakeFirst();
    return { row, member };
  });
}

async function beginRun(db: Db, workspaceId: string, importId: string, jobId: string | undefined) {
  const found = await readForRun(db, workspaceId, importId);
  if (!found) return undefined;
  const { row, member } = found;
  const context = importContext(row);
  if (member?.status !== 'active') {
    await failImport(db, context, importId, 'The member who started this import is no longer active.', true);
    return undefined;
  }
  const settings = await inWorkspace(db, context, async (tx) => {
    await tx
      .updateTable('imports')
      .set({
        status: 'processing',
        error: null,
        started_at: sql`coalesce(started_at, now())`,
        finished_at: null,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', importId)
      .execute();
    if (jobId) await renewLease(tx, jobId);
    return row.object_type === 'people' ? writeContext(tx, workspaceId) : companyContext(tx, workspaceId);
  });
  const run: RunContext = {
    workspaceId,
    actor: { workspaceId, userId: row.created_by as string, role: member.role },
    format: row.format,
    plan: planOf(row),
    width: row.format === 'csv' ? (row.header?.length ?? 0) : 0,
    matching: row.dedupe !== null && row.mode !== 'create',
    mode: row.mode,
    defaultCountry: settings.defaultCountry,
    definitions: settings.definitions,
  };
  return { row, run, context };
}

export function planOf(row: Pick<ImportRow, 'header' | 'mapping'>): ColumnPlan[] {
  const header = row.header ?? [];
  return Object.entries(row.mapping ?? {}).flatMap(([column, field]) => {
    const index = header.indexOf(column);
    return index >= 0 && field ? [{ index, column, field }] : [];
  });
}

async function finishImport(db: Db, context: TenantContext, importId: string): Promise<void> {
  await inWorkspace(db, context, async (tx) => {
    const done = await tx
      .updateTable('imports')
      .set({ status: 'completed', finished_at: sql`now()`, bytes_done: sql`coalesce(size_bytes, 0)` })
      .where('workspace_id', '=', context.workspaceId)
      .where('id', '=', importId)
      .where('status', '=', 'processing')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 1) await dropChunks(tx, context.workspaceId, importId);
  });
}

/** A failed import keeps its file when a retry could still succeed (the database was the problem). */
export async function failImport(
  db: Db,
  context: TenantContext,
  importId: string,
  error: string,
  keepFile: boolean,
): Promise<void> {
  await inWorkspace(db, context, async (tx) => {
    await tx
      .updateTable('imports')
      .set({ status: 'failed', error: error.slice(0, 2000), finished_at: sql`now()` })
      .where('workspace_id', '=', context.workspaceId)
      .where('id', '=', importId)
      .where('status', 'in', ['queued', 'processing'])
      .execute();
    if (!keepFile) await dropChunks(tx, context.workspaceId, importId);
  });
}

async function dropChunks(tx: Tx, workspaceId: string, importId: string): Promise<void> {
  await tx
    .deleteFrom('import_chunks')
    .where('workspace_id', '=', workspaceId)
    .where('import_id', '=', importId)
    .execute();
}
