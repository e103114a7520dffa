import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { quietLogger } from '../../../tests/support/test-database.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { processImport } from './imports.process.ts';
import { Router } from './imports.writers.ts';

/**
 * Two rows that share no claim but find one existing record (a person by two of their addresses, a
 * company by two of its domains) go to two writers, whose batches change the record at once on
 * PostgreSQL. Both rows apply: the later-committed one over what the earlier one left, each row's
 * additions (addresses, domains, tags) kept, one audit entry a row. The writers are chosen through
 * the router, so the rows really are written apart for every count of writers from 2 to 4.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** A value (an address, a domain) whose row goes to another writer than `given`'s, for `writers` writers. */
function otherWriterThan(
  kind: 'email' | 'domain',
  given: string,
  writers: number,
  candidate: (i: number) => string,
) {
  const writerOf = (value: string) => new Router(writers).route([`${kind}:${value}`], 1);
  for (let i = 0; ; i++) if (writerOf(candidate(i)) !== writerOf(given)) return candidate(i);
}

async function importWith(
  ws: TestWorkspace,
  object: 'people' | 'companies',
  recordIds: string[],
  file: string,
  writers: number,
): Promise<Json> {
  const created = await ws.api.post('/imports', { object });
  expect(created.status, created.text).toBe(201);
  const uploaded = await fetch(`${server.url}/api/v1/imports/${created.body.id}/file`, {
    method: 'PUT',
    headers: { ...ws.api.headers, 'content-type': 'text/csv' },
    body: file,
  });
  expect(uploaded.status).toBe(200);
  const start =
    object === 'people' ? { dedupe: 'email', mode: 'update' } : { dedupe: 'domain', mode: 'update' };
  expect((await ws.api.post(`/imports/${created.body.id}/start`, start)).status).toBe(202);
  await meetingAt(object, recordIds, () =>
    processImport(server.db, ws.workspaceId, created.body.id, {
      signal: new AbortController().signal,
      logger: quietLogger,
      writers,
    }),
  );
  const done = (await ws.api.get(`/imports/${created.body.id}`)).body;
  expect(done.status).toBe('completed');
  return done;
}

/**
 * Makes the two writers' batches meet on PostgreSQL rather than leaving it to timing: the records
 * are held (as an API edit in flight would hold them) until both writers wait for them, then let
 * go, so both have looked their records up before either has written one. PGlite runs one
 * transaction at a time, so there the batches simply follow each other.
 */
async function meetingAt(table: 'people' | 'companies', ids: string[], run: () => Promise<void>) {
  if (server.db.kind !== 'postgres') return run();
  let running: Promise<void> | undefined;
  let met = false;
  await server.db.kysely.connection().execute(async (conn) => {
    await sql`BEGIN`.execute(conn);
    await sql`SELECT 1 FROM ${sql.table(table)} WHERE id = ANY (${ids}::uuid[]) ORDER BY id FOR UPDATE`.execute(
      conn,
    );
    running = run();
    running.catch(() => {});
    for (let tries = 0; tries < 250 && !met; tries++) {
      // Backends waiting for this one, or for one that waits for it (a row's queue of lockers); the
      // activity view is read once a transaction unless its snapshot is cleared.
      await sql`SELECT pg_stat_clear_snapshot()`.execute(conn);
      const waiting = await sql<{ n: number }>`
        WITH first AS (SELECT pid FROM pg_stat_activity WHERE pg_backend_pid() = ANY (pg_blocking_pids(pid)))
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE pid IN (SELECT pid FROM first)
           OR pg_blocking_pids(pid) && ARRAY(SELECT pid FROM first)`.execute(conn);
      met = (waiting.rows[0]?.n ?? 0) >= 2;
      if (!met) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await sql`COMMIT`.execute(conn);
  });
  await running;
  expect(met, 'both writers waited for the records').toBe(true);
}

/** The import's audit entries for one record, in the order they were written. */
async function trailOf(ws: TestWorkspace, done: Json, recordId: string) {
  const trail = await sql<{ action: string; changes: unknown }>`
    SELECT action, changes FROM record_changes
    WHERE workspace_id = ${ws.workspaceId} AND request_id = ${`import:${done.number}`} AND record_id = ${recordId}
    ORDER BY id`.execute(server.db.kysely);
  return trail.rows.map((r) => ({ action: r.action, changes: JSON.stringify(r.changes) }));
}

/**
 * Fields both rows set end as the row committed last left them: the first audit entry names only
 * the value its own row wrote, and the record ends with the other row's.
 */
function lastWins(trail: { changes: string }[], values: [string, string], final: string): void {
  const [a, b] = values;
  const first = trail[0]?.changes ?? '';
  expect(first.includes(a) !== first.includes(b), first).toBe(true);
  expect(final).toBe(first.includes(a) ? b : a);
}

describe('two rows finding one record through keys held by two writers', () => {
  for (const writers of [2, 3, 4]) {
    it(`both update a person, with ${writers} writers`, async () => {
      const ws = await buildWorkspace(server);
      const first = 'grace@navy.example';
      const second = otherWriterThan('email', first, writers, (i) => `hopper${i}@yale.example`);
      const grace = await ws.api.post('/people', {
        firstName: 'Grace',
        tags: ['old'],
        emails: [{ address: first }, { address: second }],
      });
      expect(grace.status, grace.text).toBe(201);
      const done = await importWith(
        ws,
        'people',
        [grace.body.id],
        [
          'Email,Last Name,Job Title,Tags',
          `"${first}; g.hopper@navy.example",Hopper-Navy,Engineer,navy`,
          `"${second}; g.hopper@yale.example",Hopper-Yale,,cobol`,
        ].join('\n'),
        writers,
      );
      expect(done.counts).toMatchObject({ read: 2, created: 0, updated: 2, skipped: 0, rejected: 0 });
      const after = (await ws.api.get(`/people/${grace.body.id}`)).body;
      expect(after.emails.map((e: Json) => e.address).sort()).toEqual(
        [first, second, 'g.hopper@navy.example', 'g.hopper@yale.example'].sort(),
      );
      expect([...after.tags].sort()).toEqual(['cobol', 'navy', 'old']);
      expect(after).toMatchObject({ firstName: 'Grace', jobTitle: 'Engineer', version: 3 });
      const trail = await trailOf(ws, done, grace.body.id);
      expect(trail.map((t) => t.action)).toEqual(['updated', 'updated']);
      lastWins(trail, ['Hopper-Navy', 'Hopper-Yale'], after.lastName);
      expect((await ws.api.get('/people?limit=10')).body.data).toHaveLength(1);
    });

    it(`both update a company, with ${writers} writers`, async () => {
      const ws = await buildWorkspace(server);
      const first = 'initech.com';
      const second = otherWriterThan('domain', first, writers, (i) => `initech-${i}.de`);
      const initech = await ws.api.post('/companies', {
        name: 'Initech',
        tags: ['old'],
        domains: [first, second],
      });
      expect(initech.status, initech.text).toBe(201);
      const done = await importWith(
        ws,
        'companies',
        [initech.body.id],
        [
          'Name,Domain,Industry,Employees,Tags',
          `Initech US,${first}; initech.us,Software,,us`,
          `Initech EU,${second}; initech.eu,,50,eu`,
        ].join('\n'),
        writers,
      );
      expect(done.counts).toMatchObject({ read: 2, created: 0, updated: 2, skipped: 0, rejected: 0 });
      const after = (await ws.api.get(`/companies/${initech.body.id}`)).body;
      expect([...after.domains].sort()).toEqual([first, second, 'initech.eu', 'initech.us'].sort());
      expect([...after.tags].sort()).toEqual(['eu', 'old', 'us']);
      expect(after).toMatchObject({ industry: 'Software', employees: 50, version: 3 });
      const trail = await trailOf(ws, done, initech.body.id);
      expect(trail.map((t) => t.action)).toEqual(['updated', 'updated']);
      lastWins(trail, ['Initech US', 'Initech EU'], after.name);
      expect((await ws.api.get('/companies?limit=10')).body.data).toHaveLength(1);
    });
  }

  it('both apply when two writers lock two companies in opposite orders (a deadlock, retried)', async () => {
    const ws = await buildWorkspace(server);
    // Each writer's second row shares a new domain with its first, so goes in the batch's second
    // round: writer A changes Initech then Globex, writer B Globex then Initech.
    const initech = ['initech.com', otherWriterThan('domain', 'initech.com', 2, (i) => `initech-${i}.de`)];
    const globex = [otherWriterThan('domain', 'initech.com', 2, (i) => `globex-${i}.com`), 'globex.de'];
    const made = await Promise.all(
      [initech, globex].map((domains, i) => ws.api.post('/companies', { name: `Co ${i}`, domains })),
    );
    const ids = made.map((r) => r.body.id as string);
    const done = await importWith(
      ws,
      'companies',
      ids,
      [
        'Domain,Tags',
        `${initech[0]}; a.example,a1`,
        `${globex[1]}; a.example,a2`,
        `${globex[0]}; b.example,b1`,
        `${initech[1]}; b.example,b2`,
      ].join('\n'),
      2,
    );
    expect(done.counts).toMatchObject({ read: 4, created: 0, updated: 4, skipped: 0, rejected: 0 });
    const after = await Promise.all(ids.map(async (id) => (await ws.api.get(`/companies/${id}`)).body));
    expect(after.map((c) => [...c.tags].sort())).toEqual([
      ['a1', 'b2'],
      ['a2', 'b1'],
    ]);
    expect(after.map((c) => c.version)).toEqual([3, 3]);
    for (const id of ids)
      expect((await trailOf(ws, done, id)).map((t) => t.action)).toEqual(['updated', 'updated']);
  });
});
