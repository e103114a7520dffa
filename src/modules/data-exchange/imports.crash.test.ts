import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { quietLogger } from '../../../tests/support/test-database.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { processImport } from './imports.process.ts';

/**
 * An import can stop at any moment (the process killed, the database failing mid-batch, two runners
 * taking the same job) and run again: every row is written exactly once.
 */
let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const ROWS = 2300;
const BATCH = 500;

/** A queued import of ROWS people (e-mails with the given prefix), not yet run. */
async function queuedImport(prefix: string, dedupe = true): Promise<Json> {
  const lines = [
    'Email,First Name,Company',
    ...Array.from({ length: ROWS }, (_, i) => `${prefix}${i}@example.com,P${i},Co ${prefix}${i % 7}`),
  ];
  const created = await ws.api.post('/imports', { object: 'people' });
  await fetch(`${server.url}/api/v1/imports/${created.body.id}/file`, {
    method: 'PUT',
    headers: ws.api.headers,
    body: lines.join('\n'),
  });
  const started = await ws.api.post(`/imports/${created.body.id}/start`, dedupe ? { dedupe: 'email' } : {});
  expect(started.body.status).toBe('queued');
  return started.body;
}

/** A signal that reports "abort" from its nth look on: the run stops between two batches. */
function abortOnLook(n: number): AbortSignal {
  let looks = 0;
  return {
    get aborted() {
      looks++;
      return looks >= n;
    },
  } as AbortSignal;
}

const never = () => new AbortController().signal;
const runWith =
  (writers: number) =>
  (id: string, signal: AbortSignal = never()) =>
    processImport(server.db, ws.workspaceId, id, { signal, logger: quietLogger, batchRows: BATCH, writers });

async function written(prefix: string, number: number) {
  const people = await sql<{ n: number; distinct: number }>`
    SELECT count(*)::int AS n, count(DISTINCT email)::int AS distinct FROM people
    WHERE workspace_id = ${ws.workspaceId} AND email LIKE ${`${prefix}%`} AND deleted_at IS NULL`.execute(
    server.db.kysely,
  );
  const trail = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM record_changes
    WHERE workspace_id = ${ws.workspaceId} AND request_id = ${`import:${number}`} AND object_type = 'person'
      AND action = 'created'`.execute(server.db.kysely);
  return { people: people.rows[0]?.n, distinct: people.rows[0]?.distinct, audited: trail.rows[0]?.n };
}

// One writer stops at a known batch; three commit their batches in an order of their own, so with
// them the test checks what must hold whatever that order: the counters agree with what was written.
describe.each([1, 3])('crash safety, %i writer(s)', (writers) => {
  const run = runWith(writers);
  const exact = writers === 1;

  it('resumes after the last committed batch when a run stops between batches', async () => {
    const prefix = `stop${writers}-`;
    const queued = await queuedImport(prefix);
    await expect(run(queued.id, abortOnLook(4))).rejects.toThrow(/stopping/);
    const halfway = (await ws.api.get(`/imports/${queued.id}`)).body;
    expect(halfway.status).toBe('processing');
    if (exact) expect(halfway.counts).toMatchObject({ read: 3 * BATCH, created: 3 * BATCH });
    expect(halfway.counts.read).toBeLessThan(ROWS);
    expect(halfway.counts.created).toBe((await written(prefix, queued.number)).people);
    expect(halfway.progress).toBeGreaterThan(0);
    await run(queued.id);
    const done = (await ws.api.get(`/imports/${queued.id}`)).body;
    expect(done).toMatchObject({
      status: 'completed',
      counts: { read: ROWS, created: ROWS, rejected: 0 },
      companiesCreated: 7,
    });
    expect(await written(prefix, done.number)).toEqual({ people: ROWS, distinct: ROWS, audited: ROWS });
  });

  it('rolls a batch back whole when the database fails in the middle of it, then finishes', async () => {
    // A trigger that fails on one row, after the batch has already created companies and people.
    await sql`CREATE FUNCTION test_fail_on_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.first_name = 'P1234' THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END $$`.execute(
      server.db.kysely,
    );
    await sql`CREATE TRIGGER test_fail_on_boom BEFORE INSERT ON people FOR EACH ROW EXECUTE FUNCTION test_fail_on_boom()`.execute(
      server.db.kysely,
    );
    const prefix = `boom${writers}-`;
    const queued = await queuedImport(prefix, false);
    await expect(run(queued.id)).rejects.toThrow(/disk on fire/);
    const stuck = (await ws.api.get(`/imports/${queued.id}`)).body;
    expect(stuck.status).toBe('processing');
    if (exact) expect(stuck.counts).toMatchObject({ read: 2 * BATCH, created: 2 * BATCH });
    expect(stuck.counts.read).toBeLessThan(ROWS);
    expect((await written(prefix, queued.number)).people).toBe(stuck.counts.created);
    const boom = await sql<{ n: number }>`SELECT count(*)::int AS n FROM people
      WHERE workspace_id = ${ws.workspaceId} AND email = ${`${prefix}1234@example.com`}`.execute(
      server.db.kysely,
    );
    expect(boom.rows[0]?.n).toBe(0);
    await sql`DROP TRIGGER test_fail_on_boom ON people`.execute(server.db.kysely);
    await sql`DROP FUNCTION test_fail_on_boom()`.execute(server.db.kysely);
    await run(queued.id);
    const done = (await ws.api.get(`/imports/${queued.id}`)).body;
    expect(done).toMatchObject({ status: 'completed', counts: { read: ROWS, created: ROWS } });
    expect(await written(prefix, done.number)).toEqual({ people: ROWS, distinct: ROWS, audited: ROWS });
  });

  it('writes each row once when two runners take the same import at the same time', async () => {
    const prefix = `twice${writers}-`;
    const queued = await queuedImport(prefix, false);
    await Promise.all([run(queued.id), run(queued.id)]);
    const done = (await ws.api.get(`/imports/${queued.id}`)).body;
    expect(done).toMatchObject({ status: 'completed', counts: { read: ROWS, created: ROWS } });
    expect(await written(prefix, done.number)).toEqual({ people: ROWS, distinct: ROWS, audited: ROWS });
    // Running a finished import again reopens nothing and writes nothing.
    await run(queued.id);
    expect((await ws.api.get(`/imports/${queued.id}`)).body.status).toBe('completed');
    expect(await written(prefix, done.number)).toEqual({ people: ROWS, distinct: ROWS, audited: ROWS });
  });

  it('stops after the batch in flight when cancelled, keeping what it wrote', async () => {
    const prefix = `cancel${writers}-`;
    const queued = await queuedImport(prefix);
    await expect(run(queued.id, abortOnLook(3))).rejects.toThrow(/stopping/);
    expect((await ws.api.post(`/imports/${queued.id}/cancel`)).body.status).toBe('cancelled');
    await run(queued.id);
    const after = (await ws.api.get(`/imports/${queued.id}`)).body;
    expect(after.status).toBe('cancelled');
    if (exact) expect(after.counts.read).toBe(2 * BATCH);
    expect((await written(prefix, after.number)).people).toBe(after.counts.read);
    // Only this import's own queued job runs: what earlier tests queued (duplicate scans of their
    // thousands of people, 20 s of work) is not this test's subject.
    await sql`DELETE FROM jobs WHERE state = 'queued'
      AND NOT (kind = 'imports.process' AND payload->>'importId' = ${queued.id})`.execute(server.db.kysely);
    await server.runner.drain();
    expect((await ws.api.get(`/imports/${queued.id}`)).body.status).toBe('cancelled');
  });
});
