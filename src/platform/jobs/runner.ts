import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { asSystem, inWorkspace, type Tx } from '../db/transaction.ts';
import type { Logger } from '../log/logger.ts';
import { backoffSeconds, enqueue } from './queue.ts';

export interface JobInfo {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  workspaceId: string | null;
  attempt: number;
}

/**
 * `transactional` handlers get a transaction that also marks the job done: their effects and the
 * completion commit together, so a crash can neither lose nor double them (and they get no `db`, whose
 * only embedded connection the transaction holds). `external` handlers reach outside the database
 * (SMTP, webhooks) and must tolerate running again after a crash.
 */
export type JobDefinition =
  | {
      mode: 'transactional';
      handler: (job: JobInfo, context: { tx: Tx; signal: AbortSignal; logger: Logger }) => Promise<void>;
      /** Lease length; a job still running after it is presumed dead and claimed again. */
      timeoutSeconds?: number;
    }
  | {
      mode: 'external';
      handler: (job: JobInfo, context: { db: Db; signal: AbortSignal; logger: Logger }) => Promise<void>;
      timeoutSeconds?: number;
    };

interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  workspace_id: string | null;
  attempts: number;
  max_attempts: number;
}

/**
 * A failure that trying again cannot mend (what the job was asked to do is no longer allowed): the job
 * goes to the dead letters at once, its message kept for whoever follows it.
 */
export class FinalJobError extends Error {}

export interface RunnerOptions {
  workers: number;
  pollMs?: number;
  /** Recurring instance-wide jobs: kind → interval. */
  schedules?: Record<string, number>;
}

/**
 * The durable job runner: claims with FOR UPDATE SKIP LOCKED, so any number of processes share one
 * queue; wakes on NOTIFY rapport_jobs and polls as a fallback.
 */
export class JobRunner {
  private readonly definitions = new Map<string, JobDefinition>();
  private readonly inFlight = new Map<string, { promise: Promise<void>; abort: AbortController }>();
  private readonly workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private stopListening: (() => Promise<void>) | undefined;
  private running = false;
  private polling = false;
  private pollAgain = false;
  private readonly lastScheduled = new Map<string, number>();

  private readonly db: Db;
  private readonly logger: Logger;
  private readonly options: RunnerOptions;

  constructor(db: Db, logger: Logger, options: RunnerOptions) {
    this.db = db;
    this.logger = logger;
    this.options = options;
  }

  register(kind: string, definition: JobDefinition): void {
    this.definitions.set(kind, definition);
  }

  async start(): Promise<void> {
    if (this.options.workers === 0 || this.running) return;
    this.running = true;
    this.stopListening = await this.db.listen('rapport_jobs', () => this.poke());
    this.timer = setInterval(() => this.poke(), this.options.pollMs ?? 2000);
    this.poke();
  }

  /** Stops claiming, lets running jobs finish for `graceMs`, then hands the rest back to the queue. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.timer);
    await this.stopListening?.();
    const all = Promise.allSettled([...this.inFlight.values()].map((j) => j.promise));
    const timeout = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([all, timeout]);
    for (const job of this.inFlight.values()) job.abort.abort();
    await this.db.kysely
      .updateTable('jobs')
      .set({
        state: 'queued',
        attempts: sql`attempts - 1`,
        locked_by: null,
        locked_until: null,
        updated_at: sql`now()`,
      })
      .where('locked_by', '=', this.workerId)
      .where('state', '=', 'running')
      .execute();
  }

  /** Runs everything due now and waits for it: for the CLI and for tests. */
  async drain(): Promise<void> {
    for (;;) {
      await this.poll();
      if (this.inFlight.size === 0) {
        const due = await this.db.kysely
          .selectFrom('jobs')
          .select('id')
          .where('state', '=', 'queued')
          .where('run_at', '<=', sql<Date>`now()`)
          .where('kind', 'in', [...this.definitions.keys()])
          .limit(1)
          .executeTakeFirst();
        if (!due) return;
      }
      await Promise.allSettled([...this.inFlight.values()].map((j) => j.promise));
    }
  }

  private poke(): void {
    if (!this.running) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.poll().catch((error) => this.logger.error({ err: error }, 'job poll failed'));
  }

  private async poll(): Promise<void> {
    this.polling = true;
    try {
      do {
        this.pollAgain = false;
        await this.scheduleRecurring();
        await this.reclaimExpired();
        // A job that finishes while this poll awaits pokes it (pollAgain): with no worker free now,
        // the loop still goes round once more instead of leaving that wake-up to the next interval.
        const free = Math.max(1, this.options.workers) - this.inFlight.size;
        if (free > 0) for (const job of await this.claim(free)) this.launch(job);
      } while (this.pollAgain);
    } finally {
      this.polling = false;
    }
  }

  private async claim(limit: number): Promise<ClaimedJob[]> {
    const kinds = [...this.definitions.keys()];
    if (kinds.length === 0) return [];
    const result = await sql<ClaimedJob>`
      UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = ${this.workerId},
             locked_until = now() + make_interval(secs => ${this.defaultTimeout()}), updated_at = now()
      WHERE id IN (
        SELECT id FROM jobs
        WHERE state = 'queued' AND run_at <= now() AND kind = ANY(${kinds})
        ORDER BY priority DESC, run_at, id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, payload, workspace_id, attempts, max_attempts`.execute(this.db.kysely);
    return result.rows;
  }

  private defaultTimeout(): number {
    return Math.max(60, ...[...this.definitions.values()].map((d) => d.timeoutSeconds ?? 60));
  }

  // A worker that died mid-job (kill -9, lost machine) leaves a lease that runs out: the job goes back
  // to the queue, or to the dead letters if it has used its attempts.
  private async reclaimExpired(): Promise<void> {
    await sql`
      UPDATE jobs SET
        state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
        finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
        last_error = 'the worker stopped before finishing (lease expired)',
        locked_by = NULL, locked_until = NULL, updated_at = now()
      WHERE state = 'running' AND locked_until < now()`.execute(this.db.kysely);
  }

  private async scheduleRecurring(): Promise<void> {
    const now = Date.now();
    for (const [kind, everyMs] of Object.entries(this.options.schedules ?? {})) {
      if (now - (this.lastScheduled.get(kind) ?? 0) < everyMs) continue;
      this.lastScheduled.set(kind, now);
      const bucket = Math.floor(now / everyMs);
      await asSystem(this.db, (tx) => enqueue(tx, { kind, workspaceId: null, dedupeKey: `every:${bucket}` }));
    }
  }

  private launch(job: ClaimedJob): void {
    const abort = new AbortController();
    const promise = this.execute(job, abort.signal)
      .catch((error) => this.logger.error({ err: error, job: job.id }, 'job bookkeeping failed'))
      .finally(() => {
        this.inFlight.delete(job.id);
        this.poke();
      });
    this.inFlight.set(job.id, { promise, abort });
  }

  private async execute(job: ClaimedJob, signal: AbortSignal): Promise<void> {
    const definition = this.definitions.get(job.kind);
    const info: JobInfo = {
      id: job.id,
      kind: job.kind,
      payload: job.payload,
      workspaceId: job.workspace_id,
      attempt: job.attempts,
    };
    const logger = this.logger.child({ job: job.id, kind: job.kind, attempt: job.attempts });
    try {
      if (!definition) throw new Error(`no handler for job kind ${job.kind}`);
      if (definition.mode === 'external') {
        await definition.handler(info, { db: this.db, signal, logger });
        await this.complete(this.db.kysely, job.id);
      } else {
        await this.inScope(job.workspace_id, async (tx) => {
          await definition.handler(info, { tx, signal, logger });
          await this.complete(tx, job.id);
        });
      }
      logger.debug('job succeeded');
    } catch (error) {
      await this.fail(job, error);
      const dead = job.attempts >= job.max_attempts || error instanceof FinalJobError;
      logger.warn({ err: error }, dead ? 'job dead' : 'job failed; will retry');
    }
  }

  private inScope(workspaceId: string | null, fn: (tx: Tx) => Promise<void>): Promise<void> {
    if (!workspaceId) return asSystem(this.db, fn);
    return inWorkspace(this.db, { workspaceId, actor: { type: 'system', id: null }, via: 'job' }, fn);
  }

  private async complete(tx: Tx, id: string): Promise<void> {
    await tx
      .updateTable('jobs')
      .set({
        state: 'succeeded',
        finished_at: sql`now()`,
        locked_by: null,
        locked_until: null,
        last_error: null,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .where('locked_by', '=', this.workerId)
      .execute();
  }

  private async fail(job: ClaimedJob, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const dead = job.attempts >= job.max_attempts || error instanceof FinalJobError;
    await this.db.kysely
      .updateTable('jobs')
      .set({
        state: dead ? 'dead' : 'queued',
        run_at: sql`now() + make_interval(secs => ${backoffSeconds(job.attempts)})`,
        finished_at: dead ? sql`now()` : null,
        last_error: message.slice(0, 2000),
        locked_by: null,
        locked_until: null,
        updated_at: sql`now()`,
      })
      .where('id', '=', job.id)
      .where('locked_by', '=', this.workerId)
      .execute();
  }
}
