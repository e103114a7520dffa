import os from 'node:os';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../platform/db/connect.ts';
import { inWorkspace, type TenantContext, type Tx } from '../../platform/db/transaction.ts';
import type { Logger } from '../../platform/log/logger.ts';
import { companyContext } from '../companies/index.ts';
import { queueDuplicateScan } from '../duplicates/index.ts';
import { writeContext } from '../people/index.ts';
import type { BatchRow, Outcome, PreparedRow, RunContext } from './imports.batch.ts';
import { commitBatch, ImportStopped, renewLease } from './imports.commit.ts';
import {
  companyClaims,
  type PreparedCompany,
  prepareCompanies,
  writeCompanies,
} from './imports.companies.ts';
import { placeParents, placeParentsAgain } from './imports.parents.ts';
import { type PreparedPerson, personClaims, preparePeople, writePeople } from './imports.people.ts';
import type { ImportRow } from './imports.present.ts';
import { fileRecords, isDataError, lineOf, readChunks } from './imports.source.ts';
import type { ImportObject } from './imports.tables.ts';
import { DoneRows, writeRouted } from './imports.writers.ts';
import type { ColumnPlan } from './rows.rules.ts';

/**
 * The job body of an import: the file is read from its chunks, cleaned, and written in batches by
 * one or more writers (imports.writers.ts). Each batch commits its records, its rejected rows, the
 * rows it wrote (import_batches) and the counters in one transaction, and only while its run still
 * owns the import; so a run killed at any moment and run again skips exactly the rows committed
 * before, and two runs of one import never both write.
 */
export const BATCH_ROWS = 5000;
/**
 * The embedded database runs each statement on the server's only thread: smaller batches keep it
 * answering requests while an import runs (a 5,000-row batch holds it for about two seconds).
 */
export const EMBEDDED_BATCH_ROWS = 1000;
/** Rows cleaned at a time, between two looks at the writers. */
const CLEAN_ROWS = 500;
/**
 * Writers on a server: one writing connection keeps one core busy, so a core each, up to four (the
 * pool's other connections serve requests). The embedded database has one connection.
 */
export function defaultWriters(db: Db): number {
  return db.kind === 'pglite' ? 1 : Math.max(1, Math.min(4, os.availableParallelism()));
}

export interface ProcessOptions {
  signal: AbortSignal;
  logger: Logger;
  jobId?: string | undefined;
  batchRows?: number;
  writers?: number;
}

interface Kind<R extends PreparedRow> {
  prepare: (rows: BatchRow[], run: RunContext) => R[];
  write: (tx: Tx, run: RunContext, rows: R[]) => Promise<Outcome>;
  claims: (row: R, run: RunContext) => string[];
}
const people: Kind<PreparedPerson> = { prepare: preparePeople, write: writePeople, claims: personClaims };
const companies: Kind<PreparedCompany> = {
  prepare: prepareCompanies,
  write: writeCompanies,
  claims: companyClaims,
};

export async function processImport(db: Db, workspaceId: string, importId: string, options: ProcessOptions) {
  const started = await beginRun(db, workspaceId, importId, options.jobId);
  if (!started) return;
  try {
    if (started.row.object_type === 'people') await writeAll(db, started, people, options);
    else await writeAll(db, started, companies, options);
  } catch (error) {
    if (error instanceof ImportStopped || (await isCancelled(db, started.context, importId))) return;
    if (!isDataError(error)) throw error;
    await failImport(
      db,
      started.context,
      importId,
      `Line ${lineOf(error)}: ${(error as Error).message}`,
      false,
    );
    return;
  }
  await finishImport(db, started.context, importId);
}

type Started = NonNullable<Awaited<ReturnType<typeof beginRun>>>;

async function writeAll<R extends PreparedRow>(
  db: Db,
  started: Started,
  kind: Kind<R>,
  options: ProcessOptions,
) {
  const { row, run, context, runId, done } = started;
  const chunks = readChunks(db, context, row.id, row.chunk_count);
  const records = fileRecords(chunks, {
    format: row.format,
    encoding: row.encoding ?? 'utf-8',
    delimiter: row.delimiter ?? ',',
  });
  async function* cleaned(): AsyncGenerator<R[]> {
    for await (const batch of batches(records, row.format === 'csv', done, CLEAN_ROWS))
      yield kind.prepare(batch, run);
  }
  await writeRouted(cleaned(), {
    writers: options.writers ?? defaultWriters(db),
    batchRows: options.batchRows ?? (db.kind === 'pglite' ? EMBEDDED_BATCH_ROWS : BATCH_ROWS),
    signal: options.signal,
    claims: (r) => kind.claims(r, run),
    write: async (batch) => {
      await yieldToRequests();
      // A retried transaction (a deadlock between writers) cleans the rows again: a write fills in
      // what it found (companies, owners) on the rows it was given.
      let attempts = 0;
      const write = (tx: Tx) =>
        kind.write(tx, run, attempts++ === 0 ? batch : kind.prepare(batch.map(rawRow), run));
      const counts = { rows: batch.map((r) => r.row), bytes: approximateBytes(batch, row.encoding) };
      await commitBatch(db, context, { importId: row.id, runId, jobId: options.jobId }, counts, write);
    },
  });
}

const rawRow = ({ row, cells }: BatchRow): BatchRow => ({ row, cells });

/**
 * Lets requests that arrived meanwhile queue for the database before the next batch does. The
 * embedded database runs queries on this thread and resolves them as microtasks, so without a
 * macrotask turn an import would hold its only connection from the first batch to the last.
 */
export function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Data rows in batches, numbered from 1 (the header is row 0), leaving out the rows already done. */
export async function* batches(
  records: AsyncIterable<string[]>,
  hasHeader: boolean,
  done: Pick<DoneRows, 'has'>,
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
    if (done.has(row)) continue;
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
/**
 * The import's own context: its writes are the creator's, via 'import', request id import:N, and
 * name the API token it was started with, if it was.
 */
export function importContext(row: ImportRow & { api_token_id: string | null }): TenantContext {
  return {
    workspaceId: row.workspace_id,
    actor: row.created_by ? { type: 'user', id: row.created_by } : { type: 'system', id: null },
    via: 'import',
    requestId: `import:${row.number}`,
    apiTokenId: row.api_token_id ?? undefined,
  };
}

const RUNNABLE = ['queued', 'processing', 'failed'] as const;

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
    if (!row?.created_by || !(RUNNABLE as readonly string[]).includes(row.status)) return undefined;
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
  const runId = uuidv7();
  const taken = await inWorkspace(db, context, async (tx) => {
    // Taking the import over waits for the batches of an earlier run that are committing; any later
    // batch of that run fails its ownership check. So the batches read next are all there will be.
    // The status is checked again under the row's lock: a run that finished or was cancelled since
    // the import was read must not be reopened.
    const claimed = await tx
      .updateTable('imports')
      .set({
        status: 'processing',
        run_id: runId,
        error: null,
        started_at: sql`coalesce(started_at, now())`,
        finished_at: null,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', importId)
      .where('status', 'in', [...RUNNABLE])
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return undefined;
    if (jobId) await renewLease(tx, jobId);
    const committed = await tx
      .selectFrom('import_batches')
      .select(['first_row', 'done'])
      .where('workspace_id', '=', workspaceId)
      .where('import_id', '=', importId)
      .execute();
    const settings = await (row.object_type === 'people'
      ? writeContext(tx, workspaceId)
      : companyContext(tx, workspaceId));
    return { settings, done: new DoneRows(committed) };
  });
  if (!taken) return undefined;
  const { settings, done } = taken;
  const run: RunContext = {
    workspaceId,
    actor: { workspaceId, userId: row.created_by as string, role: member.role },
    format: row.format,
    plan: planOf(row),
    width: row.format === 'csv' ? (row.header?.length ?? 0) : 0,
    matching: row.dedupe !== null && row.mode !== 'create',
    mode: row.mode,
    // A row's own country comes first (cleanPerson); then the import's, then the workspace's.
    defaultCountry: row.phone_country ?? settings.defaultCountry,
    definitions: settings.definitions,
    dateOrder: row.date_order,
    values: row.value_readings,
    unknownOwner: row.unknown_owner,
    // A field made ordinary since the import started has no register to match by: rows then match
    // by e-mail or domain alone.
    matchOn: settings.definitions.find((d) => d.key === row.match_on && d.unique && !d.archived) ?? null,
  };
  return { row, run, context, runId, done };
}

export function planOf(row: Pick<ImportRow, 'header' | 'mapping'>): ColumnPlan[] {
  const header = row.header ?? [];
  return Object.entries(row.mapping ?? {}).flatMap(([column, field]) => {
    const index = header.indexOf(column);
    return index >= 0 && field ? [{ index, column, field }] : [];
  });
}

/**
 * Rows that wrote a record an earlier row of the file had written too: each record's changes by this
 * import beyond its first, read from the audit trail (its import index), so counted across batches and
 * writers. Read before the parents are placed, as those moves are changes of the import too.
 */
async function repeatedRows(tx: Tx, context: TenantContext, object: ImportObject): Promise<number> {
  const { rows } = await sql<{ repeated: string }>`
    SELECT count(*) - count(DISTINCT record_id) AS repeated
    FROM record_changes
    WHERE workspace_id = ${context.workspaceId} AND via = 'import' AND request_id = ${context.requestId}
      AND object_type = ${object === 'people' ? 'person' : 'company'}`.execute(tx);
  return Number(rows[0]?.repeated ?? 0);
}

async function finishImport(db: Db, context: TenantContext, importId: string): Promise<void> {
  await inWorkspace(db, context, async (tx) => {
    // Locked first, so the parents are placed only by the run that completes the import.
    const running = await tx
      .selectFrom('imports')
      .select(['object_type', 'retry_of'])
      .where('workspace_id', '=', context.workspaceId)
      .where('id', '=', importId)
      .where('status', '=', 'processing')
      .forUpdate()
      .executeTakeFirst();
    if (!running) return;
    const repeated = await repeatedRows(tx, context, running.object_type);
    const companies = running.object_type === 'companies';
    const parents = companies
      ? await placeParents(tx, context.workspaceId, importId)
      : { placed: 0, unplaced: 0 };
    if (companies) await placeParentsAgain(tx, context.workspaceId, running.retry_of);
    const done = await tx
      .updateTable('imports')
      .set({
        status: 'completed',
        finished_at: sql`now()`,
        bytes_done: sql`coalesce(size_bytes, 0)`,
        parents_placed: parents.placed,
        parents_unplaced: parents.unplaced,
        repeated_count: repeated,
      })
      .where('workspace_id', '=', context.workspaceId)
      .where('id', '=', importId)
      .returning(['object_type', 'created_count', 'updated_count', 'companies_created'])
      .executeTakeFirstOrThrow();
    // What came in is looked at for duplicates without anyone having to ask.
    if (Number(done.created_count) + Number(done.updated_count) > 0)
      await queueDuplicateScan(tx, context.workspaceId, done.object_type, importId);
    // A people import creates the companies its rows name; the change consumer leaves an import's
    // writes to this scan, so those companies are scanned here too.
    if (done.object_type === 'people' && Number(done.companies_created) > 0)
      await queueDuplicateScan(tx, context.workspaceId, 'companies', importId);
    await dropChunks(tx, context.workspaceId, importId);
    await tx
      .deleteFrom('import_batches')
      .where('workspace_id', '=', context.workspaceId)
      .where('import_id', '=', importId)
      .execute();
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
