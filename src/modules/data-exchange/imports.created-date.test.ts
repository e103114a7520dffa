import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// A workspace moving from another CRM keeps when each record was created there: a customer since
// 2019 stays one since 2019, in the record, its lists' "Created" sort and the analyses that read it.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('an import keeps the created date of the system it comes from', () => {
  it('gives new companies the file’s date, and refuses one in the future with the row’s reason', async () => {
    const ws = await buildWorkspace(server, 'Created dates');
    const csv = [
      'Company name,Create Date',
      'Acme Corp,2019-03-04 09:15',
      'Future Inc,2099-01-01',
      'Undated Ltd,',
    ].join('\n');
    const done = await runImport(server, ws.api, csv, { object: 'companies' });
    expect(done.mapping).toEqual({ 'Company name': 'name', 'Create Date': 'createdAt' });
    expect(done.counts).toMatchObject({ read: 3, created: 2, rejected: 1 });
    const rejected = await ws.api.get(`/imports/${done.id}/rejections`);
    expect(rejected.body.data.map((r: { row: number; reason: string }) => [r.row, r.reason])).toEqual([
      [2, 'Create Date: "2099-01-01" is in the future: a record cannot have been created then.'],
    ]);
    const list = await ws.api.get('/companies?sort=createdAt');
    expect(list.body.data.map((c: { name: string; createdAt: string }) => c.name)).toEqual([
      'Acme Corp',
      'Undated Ltd',
    ]);
    expect(list.body.data[0].createdAt).toBe('2019-03-04T09:15:00.000Z');
  });

  it('round-trips its own export: people imported elsewhere keep their created dates; matches keep theirs', async () => {
    const from = await buildWorkspace(server, 'Export from');
    const made = await from.api.post('/people', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
    });
    expect(made.status, made.text).toBe(201);
    await sql`UPDATE people SET created_at = '2018-06-01T08:00:00Z' WHERE id = ${made.body.id}`.execute(
      server.db.kysely,
    );
    // Without its owner: a member of the workspace it leaves.
    const exported = await from.api.get(
      '/people/export?format=csv&columns=firstName,lastName,email,createdAt',
    );
    expect(exported.status).toBe(200);
    // Exported for people to read, the column is "Created": mapped back all the same.
    const readable = await from.api.get(
      '/people/export?format=csv&labels=true&columns=firstName,lastName,email,createdAt',
    );
    const again = await runImport(server, (await buildWorkspace(server, 'Labels')).api, readable.text);
    expect(again.mapping.Created).toBe('createdAt');

    const to = await buildWorkspace(server, 'Import to');
    const existing = await to.api.post('/people', { firstName: 'Grace', email: 'grace@example.com' });
    const done = await runImport(server, to.api, exported.text, {
      start: { dedupe: 'email', mode: 'update' },
    });
    expect(done.mapping.createdAt).toBe('createdAt');
    expect(done.counts).toMatchObject({ created: 1 });
    const ada = (await to.api.get('/people?email=ada@example.com')).body.data[0];
    expect(ada.createdAt).toBe('2018-06-01T08:00:00.000Z');

    // A row that finds a record updates it, and leaves its created date alone.
    const matched = await runImport(server, to.api, 'Email,Created\ngrace@example.com,2001-01-01', {
      start: { dedupe: 'email', mode: 'update' },
    });
    expect(matched.counts).toMatchObject({ read: 1, created: 0 });
    const grace = (await to.api.get('/people?email=grace@example.com')).body.data[0];
    expect(grace.createdAt).toBe(existing.body.createdAt);
  });
});
