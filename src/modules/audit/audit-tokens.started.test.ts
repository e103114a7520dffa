import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import {
  buildWorkspace,
  insertFillerCompanies,
  PASSWORD,
  signIn,
  type TestWorkspace,
} from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { SYNC_LIMIT } from '../bulk/bulk.service.ts';

// What a token starts runs later, as a job: the import, bulk action or custom field's deletion names the
// token with each change it makes, as the request would have. Changes to the account, written outside
// any workspace, too.
let server: TestServer;
let ws: TestWorkspace;
let session: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server, 'Started with tokens');
  session = await signIn(server, ws.admin.email, PASSWORD);
});
afterAll(() => server.stop());

/** A token made in Settings by the member at `app`, and a client that calls the API with it. */
async function integration(app: ApiClient, name: string): Promise<{ id: string; api: ApiClient }> {
  const made = await app.post('/api-tokens', { name });
  expect(made.status, made.text).toBe(201);
  return { id: made.body.id, api: server.anonymous.withToken(made.body.token) };
}

/** Every entry an import's job wrote (request id import:N), counted by the token it names. */
async function importTrail(number: number): Promise<{ token: string | null; n: number }[]> {
  const rows = await sql<{ token: string | null; n: number }>`
    SELECT api_token_id AS token, count(*)::int AS n FROM record_changes
    WHERE workspace_id = ${ws.workspaceId} AND request_id = ${`import:${number}`} AND via = 'import'
    GROUP BY 1`.execute(server.db.kysely);
  return rows.rows;
}

/** The audit log's entries made under a token, read by `api` (`query` narrows them). */
async function listedUnder(api: ApiClient, tokenId: string, query = ''): Promise<Json[]> {
  const listed = await api.get(`/audit-log?apiTokenId=${tokenId}${query ? `&${query}` : ''}`);
  expect(listed.status, listed.text).toBe(200);
  return listed.body.data;
}

/** Each entry has `shape` (and there is at least one). */
function expectEach(entries: Json[], shape: Record<string, unknown>) {
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) expect(entry).toMatchObject(shape);
}

const MAPPING = { Email: 'email', 'First Name': 'firstName', 'Last Name': 'lastName' };

describe('an import', () => {
  it('started with a token names it with every change it makes, listed under the token', async () => {
    const zapier = await integration(session, 'Zapier import');
    const done = await runImport(
      server,
      zapier.api,
      ['Email,First Name,Last Name', 'ada@tokens.test,Ada,Lovelace', 'alan@tokens.test,Alan,Turing'].join(
        '\n',
      ),
      { start: { mapping: MAPPING } },
    );
    expect(done).toMatchObject({ status: 'completed', counts: { created: 2 } });
    // Its people, and its own progress (processing, completed), all under the token.
    expect(await importTrail(done.number)).toEqual([{ token: zapier.id, n: expect.any(Number) }]);

    const listed = await listedUnder(ws.api, zapier.id, 'objectType=person');
    expect(listed.map((e) => e.recordLabel).sort()).toEqual(['Ada Lovelace', 'Alan Turing']);
    expectEach(listed, {
      action: 'created',
      via: 'import',
      actor: { type: 'user', id: ws.admin.id },
      import: { id: done.id, number: done.number },
      apiToken: { id: zapier.id, name: 'Zapier import', revoked: false },
    });
  });

  it('started in the web app names none; its rows retried with a token name that token', async () => {
    const original = await runImport(
      server,
      session,
      ['Email,First Name,Last Name', 'grace@tokens.test,Grace,Hopper', 'ken@tokens,Ken,Thompson'].join('\n'),
      { start: { mapping: MAPPING, dedupe: 'email', mode: 'update' } },
    );
    expect(original.counts).toMatchObject({ created: 1, rejected: 1 });
    expect(await importTrail(original.number)).toEqual([{ token: null, n: expect.any(Number) }]);

    const fixer = await integration(session, 'Fixer');
    const retried = await fixer.api.post(`/imports/${original.id}/retry`, {
      rows: [{ row: 2, cells: ['ken@tokens.test', 'Ken', 'Thompson'] }],
    });
    expect(retried.status, retried.text).toBe(201);
    await server.runner.drain();
    const done = (await ws.api.get(`/imports/${retried.body.id}`)).body;
    expect(done).toMatchObject({ status: 'completed', counts: { created: 1 } });
    expect(await importTrail(done.number)).toEqual([{ token: fixer.id, n: expect.any(Number) }]);

    expect(await listedUnder(ws.api, fixer.id, 'objectType=person')).toEqual([
      expect.objectContaining({
        recordLabel: 'Ken Thompson',
        via: 'import',
        import: { id: done.id, number: done.number },
        apiToken: { id: fixer.id, name: 'Fixer', revoked: false },
      }),
    ]);
  });
});

describe('a bulk action run as a job', () => {
  it('names the token it was started with in each change; one started in the web app names none', async () => {
    const local = await buildWorkspace(server, 'Bulk by token');
    const app = await signIn(server, local.admin.email, PASSWORD);
    const script = await integration(app, 'Tagger');
    await insertFillerCompanies(server, local.workspaceId, SYNC_LIMIT + 1);
    // A long insert holds the embedded database past a kept-alive connection's idle timeout.
    await script.api.get('/me');
    const byToken = await script.api.post('/companies/bulk', {
      all: true,
      action: { type: 'addTags', tags: ['by-token'] },
    });
    expect(byToken.status, byToken.text).toBe(202);
    await server.runner.drain();
    await app.get('/me');
    const byApp = await app.post('/companies/bulk', {
      all: true,
      action: { type: 'addTags', tags: ['by-app'] },
    });
    expect(byApp.status, byApp.text).toBe(202);
    await server.runner.drain();

    const trail = await sql<{ token: string | null; actor: string; n: number }>`
      SELECT api_token_id AS token, actor_id AS actor, count(*)::int AS n FROM record_changes
      WHERE workspace_id = ${local.workspaceId} AND object_type = 'company' AND action = 'updated' AND via = 'job'
      GROUP BY 1, 2 ORDER BY 1 NULLS LAST`.execute(server.db.kysely);
    expect(trail.rows).toEqual([
      { token: script.id, actor: local.admin.id, n: SYNC_LIMIT + 1 },
      { token: null, actor: local.admin.id, n: SYNC_LIMIT + 1 },
    ]);

    const listed = await listedUnder(local.api, script.id, 'objectType=company&limit=3');
    expect(listed).toHaveLength(3);
    expectEach(listed, {
      action: 'updated',
      via: 'job',
      changes: { tags: { after: ['by-token'] } },
      apiToken: { id: script.id, name: 'Tagger' },
    });
  });
});

describe('a custom field’s deletion', () => {
  it('removes its values and the field under the token it was asked with; the web app’s names none', async () => {
    const local = await buildWorkspace(server, 'Purge by token');
    const app = await signIn(server, local.admin.email, PASSWORD);
    const script = await integration(app, 'Cleaner');
    const field = async (label: string) => {
      const made = await app.post('/custom-fields', { objectType: 'people', label, type: 'text' });
      expect(made.status, made.text).toBe(201);
      return made.body as { id: string; key: string };
    };
    const [legacy, spare] = [await field('Legacy code'), await field('Spare note')];
    for (const lastName of ['Babbage', 'Byron']) {
      const customFields = { [legacy.key]: `L-${lastName}`, [spare.key]: `S-${lastName}` };
      const person = await app.post('/people', { firstName: 'Ada', lastName, customFields });
      expect(person.status, person.text).toBe(201);
    }
    const purge = async (api: ApiClient, id: string) => {
      expect((await api.post(`/custom-fields/${id}/archive`)).status).toBe(200);
      const deleted = await api.delete(`/custom-fields/${id}`);
      expect(deleted.status, deleted.text).toBe(202);
      await server.runner.drain();
      expect((await app.get(`/custom-fields/${id}`)).status).toBe(404);
    };
    await purge(script.api, legacy.id);
    await purge(app, spare.id);

    // The job's own changes (the archive was the request's), each under the token or under none.
    const trail = await sql<{ token: string | null; type: string; action: string; n: number }>`
      SELECT api_token_id AS token, object_type AS type, action, count(*)::int AS n FROM record_changes
      WHERE workspace_id = ${local.workspaceId} AND via = 'job' AND actor_type = 'system'
      GROUP BY 1, 2, 3 ORDER BY 1 NULLS LAST, 2`.execute(server.db.kysely);
    expect(trail.rows).toEqual([
      { token: script.id, type: 'custom_field', action: 'deleted', n: 1 },
      { token: script.id, type: 'person', action: 'updated', n: 2 },
      { token: null, type: 'custom_field', action: 'deleted', n: 1 },
      { token: null, type: 'person', action: 'updated', n: 2 },
    ]);

    const listed = await listedUnder(local.api, script.id, 'objectType=person');
    expect(listed.map((e) => e.recordLabel).sort()).toEqual(['Ada Babbage', 'Ada Byron']);
    expectEach(listed, {
      action: 'updated',
      via: 'job',
      changes: { customFields: { before: { [legacy.key]: expect.any(String) } } },
      apiToken: { id: script.id, name: 'Cleaner', revoked: false },
    });
    const fields = await listedUnder(local.api, script.id, 'objectType=customField');
    expect(fields.map((e) => [e.action, e.recordId, e.via])).toEqual([
      ['deleted', legacy.id, 'job'],
      ['updated', legacy.id, 'api'],
    ]);
  });
});

describe('account changes', () => {
  it('made with a token name it, in the token’s workspace and in the others the account is in', async () => {
    const own = await buildWorkspace(server, 'Account by token');
    const app = await signIn(server, own.admin.email, PASSWORD);
    const script = await integration(app, 'Account script');

    const made = await script.api.post('/workspaces', { name: 'Made by a script' });
    expect(made.status, made.text).toBe(201);
    expect((await script.api.patch('/me', { name: 'Ada Scripted' })).status).toBe(200);
    const changed = await script.api.post('/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'a scripted long passphrase',
    });
    expect(changed.status, changed.text).toBe(204);
    // The web app's own change names none.
    const later = await signIn(server, own.admin.email, 'a scripted long passphrase');
    expect((await later.patch('/me', { name: 'Ada Again' })).status).toBe(200);

    const summary = (entries: Json[]) =>
      entries.map((e: Json) => [e.objectType, Object.keys(e.changes).join(), e.via, e.apiToken?.id ?? null]);
    const listed = await listedUnder(own.api, script.id, 'objectType=user');
    expect(summary(listed)).toEqual([
      ['user', 'password', 'api', script.id],
      ['user', 'name', 'api', script.id],
    ]);
    expect(listed[0].apiToken).toEqual({ id: script.id, name: 'Account script', revoked: false });
    const history = await own.api.get(`/audit-log?recordId=${own.admin.id}&action=updated`);
    expect(summary(history.body.data)[0]).toEqual(['user', 'name', 'ui', null]);

    // The workspace it made, and the account's changes there, name it too: a token of another
    // workspace, so not one on record there.
    const switched = await later.post('/me/switch-workspace', { workspaceId: made.body.id });
    expect(switched.status, switched.text).toBe(200);
    const there = await listedUnder(later, script.id);
    expect(summary(there)).toEqual([
      ['user', 'password', 'api', script.id],
      ['user', 'name', 'api', script.id],
      ['membership', expect.any(String), 'api', script.id],
      ['workspace', expect.any(String), 'api', script.id],
    ]);
    expect(there[0].apiToken).toEqual({ id: script.id, name: null, revoked: true });
  });
});
