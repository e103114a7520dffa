import { inWorkspace, type Tx } from '../../platform/db/transaction.ts';
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
    dedupeKey: `scan:${workspaceId}:${objectType}${after ? `:after:${after}` : ''}`,
  });
}

/** The scan of a large workspace, in the background (one statement; the pairs land together). */
export const scanJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: 3600,
  async handler(job, { db }) {
    const workspaceId = job.workspaceId;
    if (!workspaceId) throw new Error('scan job without a workspace');
    const objectType = job.payload.objectType === 'companies' ? 'companies' : 'people';
    await inWorkspace(db, { workspaceId, actor: { type: 'system', id: null }, via: 'job' }, (tx) =>
      scanDuplicates(tx, workspaceId, objectType),
    );
  },
};
