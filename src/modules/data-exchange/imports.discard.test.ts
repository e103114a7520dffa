import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../tests/support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport, uploadImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const uploaded = (api: ApiClient, file = 'Email,First Name\nada@acme.example,Ada\n') =>
  uploadImport(server, api, file, { filename: 'left.csv' });

async function chunksOf(id: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM import_chunks WHERE import_id = ${id}`.execute(server.db.kysely);
  return rows[0]?.n ?? -1;
}

describe('discarding an import', () => {
  it('removes one left at its mapping, and its stored file', async () => {
    const id = await uploaded(ws.api);
    expect(await chunksOf(id)).toBe(1);
    const discarded = await ws.api.delete(`/imports/${id}`);
    expect(discarded.status, discarded.text).toBe(204);
    expect((await ws.api.get(`/imports/${id}`)).status).toBe(404);
    expect(await chunksOf(id)).toBe(0);
    const listed = (await ws.api.get('/imports?limit=100')).body.data as { id: string }[];
    expect(listed.map((i) => i.id)).not.toContain(id);
    expect((await ws.api.delete(`/imports/${id}`)).status).toBe(404);
  });

  it('removes one still awaiting its file', async () => {
    const created = await ws.api.post('/imports', { object: 'companies' });
    expect((await ws.api.delete(`/imports/${created.body.id}`)).status).toBe(204);
  });

  it('keeps a started import, as history: 409', async () => {
    const done = await runImport(server, ws.api, 'Email,First Name\nkept@acme.example,Kept\n');
    const refused = await ws.api.delete(`/imports/${done.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      status: 409,
      detail: 'This import is completed; only one not started can be discarded.',
    });
    expect((await ws.api.get(`/imports/${done.id}`)).body.status).toBe('completed');

    const cancelled = await uploaded(ws.api);
    expect((await ws.api.post(`/imports/${cancelled}/cancel`, {})).status).toBe(200);
    expect((await ws.api.delete(`/imports/${cancelled}`)).status).toBe(409);
  });

  it('is for who may import: a viewer may not, and others’ imports are not found', async () => {
    const id = await uploaded(ws.api);
    const viewer = await buildMember(server, ws, 'viewer');
    expect((await viewer.api.delete(`/imports/${id}`)).status).toBe(403);
    const sales = await buildMember(server, ws, 'sales');
    expect((await sales.api.delete(`/imports/${id}`)).status).toBe(404);
    expect((await ws.api.get(`/imports/${id}`)).status).toBe(200);
  });
});

describe('the type of an imported e-mail', () => {
  it('is personal at a free-mail provider and work elsewhere; a typed one keeps its type', async () => {
    const file = [
      'First Name,Email,More emails',
      'Ada,ada.lovelace@gmail.com,ada@analytical.example; ada@yahoo.co.uk',
      'Grace,grace@navy.example,grace@Outlook.com',
    ].join('\n');
    const done = await runImport(server, ws.api, file, {
      start: { mapping: { 'First Name': 'firstName', Email: 'email', 'More emails': 'emails' } },
    });
    expect(done.counts).toMatchObject({ created: 2, rejected: 0 });
    const ada = (await ws.api.get('/people?email=ada.lovelace@gmail.com')).body.data[0];
    expect(ada.emails).toEqual([
      { address: 'ada.lovelace@gmail.com', type: 'personal' },
      { address: 'ada@analytical.example', type: 'work' },
      { address: 'ada@yahoo.co.uk', type: 'personal' },
    ]);
    const grace = (await ws.api.get('/people?email=grace@navy.example')).body.data[0];
    expect(grace.emails).toEqual([
      { address: 'grace@navy.example', type: 'work' },
      { address: 'grace@outlook.com', type: 'personal' },
    ]);

    const api = await ws.api.post('/people', {
      firstName: 'Linus',
      emails: [{ address: 'linus@gmail.com' }, { address: 'linus@gmx.de', type: 'work' }],
    });
    expect(api.status, api.text).toBe(201);
    expect(api.body.emails).toEqual([
      { address: 'linus@gmail.com', type: 'personal' },
      { address: 'linus@gmx.de', type: 'work' },
    ]);
  });
});
