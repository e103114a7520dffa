import { inWorkspace } from '../../platform/db/transaction.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import type { Actor } from '../access/index.ts';
import {
  applyAction,
  BATCH,
  type BulkAction,
  type BulkObject,
  type BulkTarget,
  targetIds,
} from './bulk.service.ts';

export const BULK_JOB = 'bulk.apply';

export interface BulkPayload {
  object: BulkObject;
  target: BulkTarget;
  action: BulkAction;
  actor: { userId: string; role: string };
  /** Progress: the last id done, so a restarted job carries on rather than starting over. */
  after?: string;
}

/**
 * Applies a bulk action to a large selection, a batch per transaction, as the person who asked (their
 * role decides what may change; the audit trail names them, through a job).
 */
export const bulkJob: JobDefinition = {
  mode: 'external',
  timeoutSeconds: 3600,
  async handler(job, { db, signal }) {
    const workspaceId = job.workspaceId;
    if (!workspaceId) throw new Error('bulk job without a workspace');
    const payload = job.payload as unknown as BulkPayload;
    const actor: Actor = { workspaceId, userId: payload.actor.userId, role: payload.actor.role };
    let after = payload.after;
    for (;;) {
      if (signal.aborted) throw new Error('stopped');
      const context = {
        workspaceId,
        actor: { type: 'user' as const, id: payload.actor.userId },
        via: 'job' as const,
      };
      const next = await inWorkspace(db, context, async (tx) => {
        const batch = await targetIds(
          tx,
          actor,
          payload.object,
          payload.target,
          payload.action,
          after,
          BATCH,
        );
        await applyAction(tx, workspaceId, payload.object, batch.allowed, payload.action);
        await tx
          .updateTable('jobs')
          .set({ payload: JSON.stringify({ ...payload, after: batch.last ?? after }) })
          .where('id', '=', job.id as never)
          .execute();
        return batch.matched < BATCH ? undefined : batch.last;
      });
      if (!next) return;
      after = next;
    }
  },
};
