import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildMember,
  buildWorkspace,
  defineTier,
  insertFillerCompanies,
  type TestWorkspace,
} from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { tierField } from '../../../tests/support/tier-field.ts';
import { SYNC_LIMIT } from './bulk.service.ts';

// A bulk job runs in batches, a while after it was asked for: before each batch it checks the action
// again, and stops for good, saying why, once an admin has archived or changed the field or
// deactivated the new owner. Nothing is written to a field that is no longer open.

let server: TestServer;
// More companies than a request changes at once, so a bulk action is a job. Every job here stops
// before its first batch, so the tests share them.
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server, 'Recheck');
  await insertFillerCompanies(server, ws.workspaceId, SYNC_LIMIT + 1);
  // A long insert holds the embedded database past a kept-alive connection's idle timeout.
  await ws.api.get('/me');
}, 120_000);
afterAll(() => server.stop());

async function jobRow(id: string) {
  return sql<{ state: string; attempts: number }>`SELECT state, attempts FROM jobs WHERE id = ${id}`
    .execute(server.db.kysely)
    .then((r) => r.rows[0]);
}

describe('a bulk job checks its action again before each batch', () => {
  it('stops at once, writing nothing, when the field was archived after the job was asked for', async () => {
    const tier = await defineTier(ws.api, 'companies');
    const started = await ws.api.post('/companies/bulk', {
      all: true,
      action: { type: 'setCustomField', key: tier.key, value: 'gold' },
    });
    expect(started.status, started.text).toBe(202);
    expect((await ws.api.post(`/custom-fields/${tier.id}/archive`, {})).status).toBe(200);
    await server.runner.drain();

    const job = await ws.api.get(`/bulk-jobs/${started.body.jobId}`);
    expect(job.body).toMatchObject({ state: 'dead', changed: 0 });
    expect(job.body.lastError).toBe('Tier: This field is archived and cannot be changed.');
    // Trying again could not mend it: no retries.
    expect(await jobRow(started.body.jobId)).toEqual({ state: 'dead', attempts: 1 });
    const written = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM companies WHERE workspace_id = ${ws.workspaceId}
        AND custom_fields ? ${tier.key}::text`.execute(server.db.kysely);
    expect(written.rows[0]?.n).toBe(0);
  }, 60_000);

  it('stops when the value is no longer one of the field’s choices', async () => {
    const made = await ws.api.post('/custom-fields', tierField('companies', 'Grade'));
    const tier = made.body;
    const started = await ws.api.post('/companies/bulk', {
      all: true,
      action: { type: 'setCustomField', key: tier.key, value: 'silver' },
    });
    expect(started.status, started.text).toBe(202);
    const field = await ws.api.get(`/custom-fields/${tier.id}`);
    const changed = await ws.api.patch(
      `/custom-fields/${tier.id}`,
      { choices: [{ value: 'gold', label: 'Gold' }] },
      { 'if-match': field.headers.get('etag') ?? '' },
    );
    expect(changed.status, changed.text).toBe(200);
    await server.runner.drain();
    const job = await ws.api.get(`/bulk-jobs/${started.body.jobId}`);
    expect(job.body).toMatchObject({ state: 'dead', changed: 0 });
    expect(job.body.lastError).toContain('Grade: Give one of gold.');
  }, 60_000);

  it('stops when the new owner was deactivated', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const started = await ws.api.post('/companies/bulk', {
      all: true,
      action: { type: 'setOwner', ownerId: rep.id },
    });
    expect(started.status, started.text).toBe(202);
    expect((await ws.api.patch(`/users/${rep.id}`, { status: 'deactivated' })).status).toBe(200);
    await server.runner.drain();
    const job = await ws.api.get(`/bulk-jobs/${started.body.jobId}`);
    expect(job.body).toMatchObject({
      state: 'dead',
      changed: 0,
      lastError: 'The new owner is no longer an active member.',
    });
    const owned = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM companies WHERE workspace_id = ${ws.workspaceId} AND owner_id = ${rep.id}`.execute(
      server.db.kysely,
    );
    expect(owned.rows[0]?.n).toBe(0);
  }, 60_000);
});
