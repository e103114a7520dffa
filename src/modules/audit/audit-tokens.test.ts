import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import {
  buildMember,
  buildWorkspace,
  PASSWORD,
  signIn,
  type TestWorkspace,
} from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { asSystem, inWorkspace, type TenantContext } from '../../platform/db/transaction.ts';

let server: TestServer;
let ws: TestWorkspace;
let session: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
  session = await signIn(server, ws.admin.email, PASSWORD);
});
afterAll(() => server.stop());

/** A token of the admin's, made in Settings, and a client that calls the API with it. */
async function integration(name: string): Promise<{ id: string; api: ApiClient }> {
  const made = await session.post('/api-tokens', { name });
  expect(made.status).toBe(201);
  return { id: made.body.id, api: server.anonymous.withToken(made.body.token) };
}

const adminContext = (): TenantContext => ({
  workspaceId: ws.workspaceId,
  actor: { type: 'user', id: ws.admin.id },
  via: 'api',
});

const historyOf = async (recordId: string): Promise<Json[]> =>
  (await ws.api.get(`/audit-log?recordId=${recordId}`)).body.data;

describe('the API token a change was made with', () => {
  it('is named in the entry as it is called now, and said to be revoked once it is', async () => {
    const zapier = await integration('Zapier sync');
    const person = (await zapier.api.post('/people', { firstName: 'Token', lastName: 'Made' })).body;
    await session.patch(`/people/${person.id}`, { jobTitle: 'Edited in the app' });
    await ws.api.patch(`/people/${person.id}`, { jobTitle: 'Edited by another program' });

    const [byOther, bySession, created] = await historyOf(person.id);
    expect(created).toMatchObject({
      action: 'created',
      via: 'api',
      actor: { type: 'user', id: ws.admin.id, name: 'Ada Admin' },
      apiToken: { id: zapier.id, name: 'Zapier sync', revoked: false },
    });
    // The web app is the member at the browser: no token.
    expect(bySession).toMatchObject({ via: 'ui', apiToken: null });
    expect(byOther).toMatchObject({ via: 'api', apiToken: { name: 'test', revoked: false } });
    expect(byOther.apiToken.id).not.toBe(zapier.id);

    expect((await session.delete(`/api-tokens/${zapier.id}`)).status).toBe(204);
    const after = await ws.api.get(`/audit-log/${created.id}`);
    expect(after.body.apiToken).toEqual({ id: zapier.id, name: 'Zapier sync', revoked: true });
  });

  it('reaches the transaction only as a UUID, like the workspace and the actor', async () => {
    const hostile = { ...adminContext(), apiTokenId: "x', true), set_config('app.workspace_id', '" };
    await expect(inWorkspace(server.db, hostile, async () => 'ran')).rejects.toThrow(
      'API token id is not a UUID',
    );
  });

  it('outlives the token: an entry whose token is gone keeps its id, with no name', async () => {
    const temporary = await integration('Short-lived');
    const team = (await temporary.api.post('/teams', { name: 'Made by a short-lived token' })).body;
    await asSystem(server.db, (tx) =>
      sql`DELETE FROM api_tokens WHERE workspace_id = ${ws.workspaceId} AND id = ${temporary.id}`.execute(tx),
    );
    const [created] = await historyOf(team.id);
    expect(created.apiToken).toEqual({ id: temporary.id, name: null, revoked: true });
  });
});

describe('the audit log filtered by API token', () => {
  it('lists everything one token changed and nothing else, newest first', async () => {
    const leaked = await integration('Leaked key');
    const company = (await leaked.api.post('/companies', { name: 'Leaky Ltd' })).body;
    await leaked.api.patch(`/companies/${company.id}`, { industry: 'Plumbing' });
    const team = (await leaked.api.post('/teams', { name: 'Leak response' })).body;
    await ws.api.patch(`/companies/${company.id}`, { industry: 'Software' });
    await leaked.api.delete(`/teams/${team.id}`);

    const found = await ws.api.get(`/audit-log?apiTokenId=${leaked.id}`);
    expect(found.status).toBe(200);
    const summary = found.body.data.map((e: Json) => [e.objectType, e.action, e.recordId]);
    expect(summary).toEqual([
      ['team', 'deleted', team.id],
      ['team', 'created', team.id],
      ['company', 'updated', company.id],
      ['company', 'created', company.id],
    ]);
    for (const entry of found.body.data) expect(entry.apiToken).toMatchObject({ id: leaked.id });

    // With the other filters; paged like the rest of the log.
    const companies = await ws.api.get(
      `/audit-log?apiTokenId=${leaked.id}&objectType=company&action=updated`,
    );
    expect(companies.body.data.map((e: Json) => e.recordId)).toEqual([company.id]);
    const first = await ws.api.get(`/audit-log?apiTokenId=${leaked.id}&limit=3`);
    const rest = await ws.api.get(
      `/audit-log?apiTokenId=${leaked.id}&limit=3&cursor=${first.body.nextCursor}`,
    );
    expect(rest.body.data.map((e: Json) => e.id)).toEqual([found.body.data[3].id]);
  });

  it('asks the right to read the audit log, and sees no other workspace', async () => {
    const own = await integration('Own');
    await own.api.post('/teams', { name: 'Own team' });
    const manager = await buildMember(server, ws, 'manager');
    expect((await manager.api.get(`/audit-log?apiTokenId=${own.id}`)).status).toBe(403);

    const other = await buildWorkspace(server, 'Elsewhere');
    expect((await other.api.get(`/audit-log?apiTokenId=${own.id}`)).body.data).toEqual([]);
    expect((await ws.api.get('/audit-log?apiTokenId=not-a-token')).status).toBe(400);
  });

  it('reads a token’s changes from their own index under row-level security, not the whole trail', async () => {
    const nightly = await integration('Nightly');
    await nightly.api.post('/teams', { name: 'Nightly team' });
    // Changes made without a token beside it, so the planner weighs the workspace's trail.
    await sql`INSERT INTO people (workspace_id, first_name, last_name) SELECT ${ws.workspaceId}::uuid, 'Filler', 'No ' || g FROM generate_series(1, 3000) g`.execute(
      server.db.kysely,
    );
    await sql`ANALYZE record_changes`.execute(server.db.kysely);
    const plan = await inWorkspace(server.db, adminContext(), (tx) =>
      sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT id FROM record_changes
        WHERE workspace_id = ${ws.workspaceId} AND api_token_id = ${nightly.id} ORDER BY id DESC LIMIT 51`.execute(
        tx,
      ),
    );
    expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('record_changes_api_token');
  });
});
