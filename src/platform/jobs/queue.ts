import { sql } from 'kysely';
import type { Tx } from '../db/transaction.ts';

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  /** Null for instance-wide jobs; otherwise the job runs scoped to this workspace. */
  workspaceId: string | null;
  runAt?: Date;
  priority?: number;
  maxAttempts?: number;
  /** At most one queued or running job per (kind, dedupeKey). */
  dedupeKey?: string;
}

/**
 * Enqueues a job in the caller's transaction: it exists exactly when the change that asked for it
 * commits. Returns the job id, or undefined when an identical job is already waiting.
 */
export async function enqueue(tx: Tx, job: NewJob): Promise<string | undefined> {
  const row = await tx
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      workspace_id: job.workspaceId,
      run_at: job.runAt ?? sql<Date>`now()`,
      priority: job.priority ?? 0,
      max_attempts: job.maxAttempts ?? 10,
      dedupe_key: job.dedupeKey ?? null,
    } as never)
    // The arbiter names the partial index by its predicate, which PostgreSQL must prove from the
    // statement: such statements are never prepared (prepared.ts), and the predicate is written out.
    .onConflict((oc) =>
      oc
        .columns(['kind', 'dedupe_key'])
        .where(sql<boolean>`dedupe_key IS NOT NULL AND state IN ('queued', 'running')`)
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Exponential back-off with full jitter, from 5 s up to an hour. */
export function backoffSeconds(attempt: number, random = Math.random): number {
  const ceiling = Math.min(3600, 5 * 2 ** Math.max(0, attempt - 1));
  return Math.max(1, Math.round(ceiling * (0.5 + random() / 2)));
}
