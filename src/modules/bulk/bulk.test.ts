import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../tests/support/api-client.ts';
import {
  buildMember,
  buildWorkspace,
  insertFillerCompanies,
  type TestWorkspace,
} from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { BATCH, SYNC_LIMIT } from './bulk.service.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server, 'Bulk jobs');
});
afterAll(() => server.stop());

/** People straight into the table: a bulk job needs more than SYNC_LIMIT of them. */
async function insertLeads(count: number, ownerId: string, lastName: string): Promise<void> {
  await sql`INSERT INTO people (workspace_id, owner_id, first_name, last_name, lifecycle_stage)
    SELECT ${ws.workspaceId}::uuid, ${ownerId}::uuid, 'Lead', ${lastName} || g, 'lead'
    FROM generate_series(1, ${count}::int) g`.execute(server.db.kysely);
}

/**
 * A long insert holds the embedded database, and with it the server's event loop, past the idle
 * timeout of kept-alive connections: a GET (which the client may retry) gets a fresh one before a POST.
 */
const freshConnection = (api: ApiClient) => api.get('/me');

describe('bulk jobs', () => {
  it('report processed of total, once per batch, to the person who started them only', async () => {
    const rep = await buildMember(server, ws, 'sales');
    // The rep's own leads, across two batches, and a few of the admin's she may see but not change.
    const mine = SYNC_LIMIT + 3;
    await insertLeads(mine, rep.id, 'Mine ');
    await insertLeads(4, ws.admin.id, 'Admins ');
    expect(mine).toBeGreaterThan(BATCH);
    await freshConnection(rep.api);

    const started = await rep.api.post('/people/bulk', {
      filter: { field: 'lifecycleStage', op: 'eq', value: 'lead' },
      action: { type: 'addTags', tags: ['nurture'] },
    });
    expect(started.status).toBe(202);
    const { jobId } = started.body;

    const queued = await rep.api.get(`/bulk-jobs/${jobId}`);
    expect(queued.status).toBe(200);
    expect(queued.body).toEqual({
      id: jobId,
      object: 'people',
      state: 'queued',
      total: null,
      processed: 0,
      changed: 0,
      denied: 0,
      lastError: null,
    });
    // Someone else's job is not there to see, not even for an admin (who has /jobs for that).
    expect((await ws.api.get(`/bulk-jobs/${jobId}`)).status).toBe(404);
    const colleague = await buildMember(server, ws, 'sales');
    expect((await colleague.api.get(`/bulk-jobs/${jobId}`)).status).toBe(404);
    expect((await rep.api.get('/bulk-jobs/999999999')).status).toBe(404);
    expect((await rep.api.get('/bulk-jobs/nope')).status).toBe(404);

    await server.runner.drain();
    const done = await rep.api.get(`/bulk-jobs/${jobId}`);
    expect(done.body).toMatchObject({
      state: 'succeeded',
      total: mine + 4,
      processed: mine + 4,
      changed: mine,
      denied: 4,
    });
    const saved = await server.db.kysely
      .selectFrom('jobs')
      .select('payload')
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    expect(saved.payload).toMatchObject({ progress: { processed: mine + 4 } });
  });

  it('work on companies too, counting all the records one may see', async () => {
    const local = await buildWorkspace(server, 'Bulk total');
    await insertFillerCompanies(server, local.workspaceId, SYNC_LIMIT + 1);
    await freshConnection(local.api);
    const started = await local.api.post('/companies/bulk', {
      all: true,
      action: { type: 'addTags', tags: ['swept'] },
    });
    expect(started.status).toBe(202);
    await server.runner.drain();
    const done = await local.api.get(`/bulk-jobs/${started.body.jobId}`);
    expect(done.body).toMatchObject({
      object: 'companies',
      state: 'succeeded',
      total: SYNC_LIMIT + 1,
      processed: SYNC_LIMIT + 1,
      changed: SYNC_LIMIT + 1,
      denied: 0,
    });
    // 5,001 companies changed and audited on the embedded database: ~20 s alone, far more on a
    // CI machine running other suites beside it; the assertion is about counts, not speed.
  }, 180_000);
});
