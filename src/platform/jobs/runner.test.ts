import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, quietLogger, type TestDatabase } from '../../../tests/support/test-database.ts';
import { createWorkspace } from '../../modules/workspaces/index.ts';
import { asSystem } from '../db/transaction.ts';
import { backoffSeconds, enqueue } from './queue.ts';
import { JobRunner } from './runner.ts';

let database: TestDatabase;
let workspaceId: string;
beforeAll(async () => {
  database = await freshDatabase();
  ({ workspaceId } = await createWorkspace(database.db, {
    name: 'Jobs',
    admin: { email: 'jobs@example.com', name: 'Jo', password: 'correct horse battery' },
    via: 'cli',
  }));
});
afterAll(() => database.drop());

const runner = (workers = 2) => new JobRunner(database.db, quietLogger, { workers, pollMs: 60_000 });
const add = (
  kind: string,
  options: { payload?: Record<string, unknown>; maxAttempts?: number; dedupeKey?: string } = {},
) => asSystem(database.db, (tx) => enqueue(tx, { kind, workspaceId, ...options }));
const job = async (id: string | undefined) =>
  await database.db.kysely
    .selectFrom('jobs')
    .selectAll()
    .where('id', '=', id as never)
    .executeTakeFirstOrThrow();

describe('the job runner', () => {
  it('commits a transactional job’s effects together with its completion', async () => {
    const r = runner();
    r.register('team.create', {
      mode: 'transactional',
      async handler(info, { tx }) {
        await tx
          .insertInto('teams')
          .values({ workspace_id: workspaceId, name: String(info.payload.name) })
          .execute();
        if (info.attempt === 1) throw new Error('crash after the write');
      },
    });
    const id = await add('team.create', { payload: { name: 'From a job' } });
    await r.drain();
    const afterFirst = await job(id);
    expect(afterFirst).toMatchObject({ state: 'queued', attempts: 1, last_error: 'crash after the write' });
    // The failed attempt's write was rolled back with it.
    const teams = () =>
      database.db.kysely.selectFrom('teams').select('id').where('name', '=', 'From a job').execute();
    expect(await teams()).toHaveLength(0);
    await sql`UPDATE jobs SET run_at = now() WHERE id = ${id}`.execute(database.db.kysely);
    await r.drain();
    expect(await job(id)).toMatchObject({ state: 'succeeded', attempts: 2, last_error: null });
    expect(await teams()).toHaveLength(1);
    // The job ran in its workspace, as the system, through a job: the audit trail says so.
    const trail = await database.db.kysely
      .selectFrom('record_changes')
      .select(['actor_type', 'via'])
      .where('object_type', '=', 'team')
      .where('action', '=', 'created')
      .execute();
    expect(trail).toContainEqual({ actor_type: 'system', via: 'job' });
  });

  it('backs off between attempts and moves a job to the dead letters after the last', async () => {
    const r = runner();
    r.register('always.fails', { mode: 'external', handler: async () => Promise.reject(new Error('nope')) });
    const id = await add('always.fails', { maxAttempts: 2 });
    await r.drain();
    const first = await job(id);
    expect(first.state).toBe('queued');
    expect(first.run_at.getTime()).toBeGreaterThan(Date.now());
    await sql`UPDATE jobs SET run_at = now() WHERE id = ${id}`.execute(database.db.kysely);
    await r.drain();
    expect(await job(id)).toMatchObject({ state: 'dead', attempts: 2, last_error: 'nope' });
    expect(backoffSeconds(1, () => 1)).toBe(5);
    expect(backoffSeconds(4, () => 1)).toBe(40);
    expect(backoffSeconds(30, () => 1)).toBe(3600);
  });

  it('claims again a job whose worker died (lease ran out), and never runs it twice at once', async () => {
    const ran: string[] = [];
    const r = runner();
    r.register('lease.test', { mode: 'external', handler: async (info) => void ran.push(info.id) });
    const id = await add('lease.test');
    // A worker that claimed it and vanished (kill -9): running, with a lease already over.
    await sql`UPDATE jobs SET state = 'running', attempts = 1, locked_by = 'ghost', locked_until = now() - interval '1 second'
              WHERE id = ${id}`.execute(database.db.kysely);
    await r.drain();
    expect(ran).toEqual([id]);
    expect(await job(id)).toMatchObject({ state: 'succeeded', attempts: 2 });
  });

  it('hands unfinished jobs back to the queue when stopped', async () => {
    const r = new JobRunner(database.db, quietLogger, { workers: 1, pollMs: 50 });
    let started!: () => void;
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    r.register('slow', {
      mode: 'external',
      handler: (_info, { signal }) =>
        new Promise<void>((_resolve, reject) => {
          started();
          signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    });
    const id = await add('slow');
    await r.start();
    await running;
    await r.stop(100);
    expect(await job(id)).toMatchObject({ state: 'queued', attempts: 0, locked_by: null });
  });

  it('wakes on NOTIFY instead of waiting for the next poll', async () => {
    const r = new JobRunner(database.db, quietLogger, { workers: 1, pollMs: 600_000 });
    let done!: () => void;
    const finished = new Promise<void>((resolve) => {
      done = resolve;
    });
    r.register('prompt', { mode: 'external', handler: async () => done() });
    await r.start();
    const started = Date.now();
    await add('prompt');
    await finished;
    expect(Date.now() - started).toBeLessThan(2000);
    await r.stop();
  });

  it('keeps one waiting job per dedupe key', async () => {
    const first = await add('dedupe', { dedupeKey: 'k' });
    const second = await add('dedupe', { dedupeKey: 'k' });
    expect(first).toBeDefined();
    expect(second).toBeUndefined();
    // Past five runs PostgreSQL weighs a generic plan of the (named) statement: it must still find
    // the partial unique index.
    for (let i = 0; i < 8; i++) expect(await add('dedupe', { dedupeKey: 'k' })).toBeUndefined();
  });
});
