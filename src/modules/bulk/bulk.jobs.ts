import { sql } from 'kysely';
import { inWorkspace, type TenantContext, type Tx } from '../../platform/db/transaction.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { FinalJobError, type JobDefinition } from '../../platform/jobs/runner.ts';
import type { Actor } from '../access/index.ts';
import {
  applyAction,
  BATCH,
  type BulkAction,
  type BulkObject,
  type BulkTarget,
  checkAction,
  countTarget,
  targetIds,
} from './bulk.service.ts';

export const BULK_JOB = 'bulk.apply';

export interface BulkProgress {
  /** Records matching when the job began (among those the actor sees); once done, those processed. */
  total: number;
  processed: number;
  changed: number;
  denied: number;
}

export interface BulkPayload {
  object: BulkObject;
  target: BulkTarget;
  action: BulkAction;
  actor: { userId: string; role: string };
  /** The API token the action was started with, if any: the audit trail names it with each change. */
  apiTokenId?: string | undefined;
  /** Progress: the last id done, so a restarted job carries on rather than starting over. */
  after?: string;
  /** Saved with `after`, in the same write, once per batch. */
  progress?: BulkProgress;
}

/**
 * Applies a bulk action to a large selection, a batch per transaction, as the person who asked (their
 * role decides what may change; the audit trail names them, through a job, and the API token they
 * asked with, if they did).
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
    let progress = payload.progress;
    for (;;) {
      if (signal.aborted) throw new Error('stopped');
      const context: TenantContext = {
        workspaceId,
        actor: { type: 'user', id: payload.actor.userId },
        via: 'job',
        apiTokenId: payload.apiTokenId,
      };
      const step = await inWorkspace(db, context, async (tx) => {
        await stillAllowed(tx, actor, payload);
        const total = progress?.total ?? (await countTarget(tx, actor, payload.object, payload.target));
        const batch = await targetIds(
          tx,
          actor,
          payload.object,
          payload.target,
          payload.action,
          after,
          BATCH,
        );
        const changed = await applyAction(tx, workspaceId, payload.object, batch.allowed, payload.action);
        const done = batch.matched < BATCH;
        const next = advance(progress, { total, done, changed, ...batch });
        await tx
          .updateTable('jobs')
          .set({ payload: JSON.stringify({ ...payload, after: batch.last ?? after, progress: next }) })
          .where('id', '=', job.id as never)
          .execute();
        return { progress: next, last: done ? undefined : batch.last };
      });
      progress = step.progress;
      if (!step.last) return;
      after = step.last;
    }
  },
};

/**
 * Checks the action again before each batch, as when it was asked for: an admin may have archived or
 * changed the field, or deactivated the new owner, since. Then the job stops for good (trying again
 * cannot mend it), its reason as a record's edit would give it, the field named; the records changed
 * by earlier batches keep the change, as its progress shows.
 */
async function stillAllowed(tx: Tx, actor: Actor, payload: BulkPayload): Promise<void> {
  try {
    await checkAction(tx, actor, payload.object, payload.action, true);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
    throw new FinalJobError(error.errors?.map((e) => e.message).join(' ') || error.message);
  }
}

function advance(
  before: BulkProgress | undefined,
  batch: { total: number; done: boolean; matched: number; changed: number; denied: number },
): BulkProgress {
  const processed = (before?.processed ?? 0) + batch.matched;
  return {
    // Records added or removed while the job runs move its end: once done, the total is what was done.
    total: batch.done ? processed : Math.max(batch.total, processed),
    processed,
    changed: (before?.changed ?? 0) + batch.changed,
    denied: (before?.denied ?? 0) + batch.denied,
  };
}

/** A bulk job as the person who started it follows it; anyone else is told there is no such job. */
export async function findBulkJob(tx: Tx, input: { workspaceId: string; userId: string; id: string }) {
  const row = await tx
    .selectFrom('jobs')
    .select(['id', 'state', 'last_error', 'payload'])
    .where('workspace_id', '=', input.workspaceId)
    .where('kind', '=', BULK_JOB)
    .where('id', '=', input.id as never)
    .where(sql<boolean>`payload->'actor'->>'userId' = ${input.userId}`)
    .executeTakeFirst();
  if (!row) throw notFound('bulk job');
  return { ...row, payload: row.payload as unknown as BulkPayload };
}
