import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect.ts';
import { analyze, analyzeIfMisjudged, misjudged, type WorkspaceTable } from '../../platform/db/statistics.ts';
import { inWorkspace, type Tx } from '../../platform/db/transaction.ts';
import { consumeChanges, type RecordChange } from '../../platform/events/consumers.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import { scanDuplicates } from './duplicates.service.ts';

export const SCAN_JOB = 'duplicates.scan';

/**
 * Queues a scan of the workspace's people or companies, in the caller's transaction: what it wrote
 * is scanned once it commits. `after` names what prompted it (an import): each such scan is its own
 * job, since one already running may have started before these records were written. Scans are
 * idempotent (a pair found twice is one candidate), so two never do harm.
 */
export async function queueDuplicateScan(
  tx: Tx,
  workspaceId: string,
  objectType: 'people' | 'companies',
  after?: string,
): Promise<string | undefined> {
  return enqueue(tx, {
    kind: SCAN_JOB,
    workspaceId,
    payload: { objectType },
    // After what people wait for (an import, mail): a scan's pairs can come a little later.
    priority: -1,
    dedupeKey: `scan:${workspaceId}:${objectType}${after ? `:after:${after}` : ''}`,
  });
}

/** The scan of a large workspace, in the background (one statement; the pairs land together). */
export const scanJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: 3600,
  async handler(job, { db, logger }) {
    const workspaceId = job.workspaceId;
    if (!workspaceId) throw new Error('scan job without a workspace');
    const objectType = job.payload.objectType === 'companies' ? 'companies' : 'people';
    // A scan queued by an import reads rows the planner may not know of yet.
    if (await analyzeIfMisjudged(db.kysely, objectType, workspaceId))
      logger.info({ table: objectType, workspaceId }, 'statistics refreshed before a duplicate scan');
    await inWorkspace(db, { workspaceId, actor: { type: 'system', id: null }, via: 'job' }, (tx) =>
      scanDuplicates(tx, workspaceId, objectType),
    );
  },
};

export const SWEEP_JOB = 'duplicates.sweep';
/** How often the sweep runs: records that arrive one by one are looked at within a day. */
export const SWEEP_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * Queues a scan for every workspace whose people or companies were added or changed since their
 * last scan began (or that were never scanned). A write whose transaction began before that scan
 * but committed after it was not in the scan's snapshot yet carries an earlier time: ten minutes of
 * overlap take it in, at the cost of one more scan than needed now and then.
 */
export const sweepJob: JobDefinition = {
  mode: 'transactional',
  async handler(_job, { tx }) {
    const due = await sql<{ workspace_id: string; object_type: 'people' | 'companies' }>`
      SELECT w.id AS workspace_id, o.object_type
      FROM workspaces w
      CROSS JOIN (VALUES ('people'), ('companies')) AS o (object_type)
      LEFT JOIN duplicate_scans s ON s.workspace_id = w.id AND s.object_type = o.object_type,
      LATERAL (SELECT coalesce(s.started_at - interval '10 minutes', '-infinity') AS since) l
      WHERE CASE o.object_type
        WHEN 'people' THEN EXISTS (SELECT FROM people p WHERE p.workspace_id = w.id AND p.deleted_at IS NULL
                                     AND p.updated_at > l.since)
        ELSE EXISTS (SELECT FROM companies c WHERE c.workspace_id = w.id AND c.deleted_at IS NULL
                       AND c.updated_at > l.since)
      END`.execute(tx);
    for (const row of due.rows) await queueDuplicateScan(tx, row.workspace_id, row.object_type);
  },
};

export const MATCH_JOB = 'duplicates.match';

/** The kinds of record matched as they change, and the fields whose change may make a pair. */
const MATCHED: Record<string, { object: WorkspaceTable; fields: readonly string[] }> = {
  person: {
    object: 'people',
    fields: ['first_name', 'last_name', 'emails', 'phones', 'company_id', 'deleted_at'],
  },
  company: { object: 'companies', fields: ['name', 'domains', 'deleted_at'] },
};
export const MATCHED_KINDS = new Set(Object.keys(MATCHED));
/**
 * Writers that queue a scan of everything they wrote: an import (when it finishes) and the demo. One
 * scan of a million records is far cheaper than matching them five hundred at a time.
 */
const SCANNED_WHOLE = new Set(['import', 'cli']);
/** Below this many records of one workspace in a batch, a misjudged plan costs less than an ANALYZE. */
const MANY_AT_ONCE = 100;

/** Thrown in a batch's transaction to roll it back and analyse `table` before that batch is read again. */
class StaleStatistics extends Error {
  readonly table: WorkspaceTable;
  readonly key: string;
  constructor(table: WorkspaceTable, key: string) {
    super(`the planner's statistics of ${table} miss many records just written`);
    this.table = table;
    this.key = key;
  }
}

/**
 * Matches people and companies as they are added or changed, so that a record entered twice (in the
 * app, through the API, from mail or chat) is on the Duplicates page within seconds, not at the
 * next daily sweep. Reads the change stream as the consumer "duplicates": each change is matched
 * once, and matching again is harmless (a pair found twice is one candidate).
 */
export async function matchChangedRecords(db: Db): Promise<number> {
  let total = 0;
  // A workspace's table is analysed once a run: records of a batch deleted since can leave its
  // estimate below the batch for good.
  const analyzed = new Set<string>();
  for (;;) {
    let n: number;
    try {
      n = await consumeChanges(db, 'duplicates', (changes, tx) => matchBatch(changes, tx, analyzed));
    } catch (error) {
      if (!(error instanceof StaleStatistics)) throw error;
      // On the pool, not in the batch's transaction, which would hold the table's lock until it commits.
      await analyze(db.kysely, error.table);
      analyzed.add(error.key);
      continue;
    }
    total += n;
    if (n === 0) return total;
  }
}

async function matchBatch(changes: RecordChange[], tx: Tx, analyzed: ReadonlySet<string>): Promise<void> {
  const batches = new Map<string, { workspaceId: string; object: WorkspaceTable; ids: Set<string> }>();
  for (const change of changes) {
    const matched = MATCHED[change.objectType];
    if (!matched || !mayPair(change, matched.fields)) continue;
    const key = `${change.workspaceId}:${matched.object}`;
    const batch = batches.get(key) ?? {
      workspaceId: change.workspaceId,
      object: matched.object,
      ids: new Set(),
    };
    batch.ids.add(change.recordId);
    batches.set(key, batch);
  }
  // Many records written at once outside an import (a script, a bulk insert) may be more than the
  // planner believes the workspace holds: it would then meet each with every other. Checked before
  // any matching, so that a batch rolled back for it has done no work.
  for (const [key, batch] of batches) {
    if (batch.ids.size >= MANY_AT_ONCE && !analyzed.has(key))
      if (await misjudged(tx, batch.object, batch.workspaceId, batch.ids.size))
        throw new StaleStatistics(batch.object, key);
  }
  for (const batch of batches.values())
    await scanDuplicates(tx, batch.workspaceId, batch.object, [...batch.ids]);
}

function mayPair(change: RecordChange, fields: readonly string[]): boolean {
  if (change.action === 'deleted' || SCANNED_WHOLE.has(change.via)) return false;
  // Deleted (or merged away): no longer paired with anything.
  if (change.changes.deleted_at && change.changes.deleted_at[1] !== null) return false;
  return change.action === 'created' || fields.some((field) => field in change.changes);
}

export const matchJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: 600,
  async handler(_job, { db }) {
    await matchChangedRecords(db);
  },
};
