import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../../tests/support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// Rejected rows fixed in the app go in again as a new import of the same columns and mapping.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const MAPPING = { Email: 'email', 'First Name': 'firstName', Country: 'country', Notes: null };
const FILE = [
  'Email,First Name,Country,Notes',
  'ada@example.com,Ada,GB,kept',
  'grace@example,Grace,US,typo',
  'linus@example.com,Linus,XX,bad country',
  'ken@example,Ken,US,',
].join('\n');

async function rejectedImport(ws: TestWorkspace): Promise<Json> {
  const done = await runImport(server, ws.api, FILE, {
    start: { mapping: MAPPING, dedupe: 'email', mode: 'update' },
  });
  expect(done.counts).toMatchObject({ created: 1, rejected: 3 });
  return done;
}

async function rejections(ws: TestWorkspace, id: string): Promise<Json[]> {
  return (await ws.api.get(`/imports/${id}/rejections`)).body.data;
}

async function trail(ws: TestWorkspace, number: number): Promise<Record<string, number>> {
  const rows = await sql<{ object_type: string; n: number }>`
    SELECT object_type, count(*)::int AS n FROM record_changes
    WHERE workspace_id = ${ws.workspaceId} AND request_id = ${`import:${number}`}
    GROUP BY object_type`.execute(server.db.kysely);
  return Object.fromEntries(rows.rows.map((r) => [r.object_type, r.n]));
}

describe('POST /imports/{id}/retry', () => {
  it('imports the fixed rows as a new import that links back; a still-bad row is rejected again', async () => {
    const ws = await buildWorkspace(server);
    const original = await rejectedImport(ws);
    const retried = await ws.api.post(`/imports/${original.id}/retry`, {
      rows: [
        { row: 2, cells: ['grace@example.com', 'Grace', 'US', 'typo'] },
        { row: 3, cells: ['linus@example.com', 'Linus', 'ZZ', 'still bad'] },
      ],
    });
    expect(retried.status, retried.text).toBe(201);
    expect(retried.headers.get('location')).toBe(`/api/v1/imports/${retried.body.id}`);
    expect(retried.body).toMatchObject({
      number: original.number + 1,
      object: 'people',
      format: 'csv',
      status: 'queued',
      filename: 'file (fixed rows).csv',
      header: ['Email', 'First Name', 'Country', 'Notes'],
      mapping: { Email: 'email', 'First Name': 'firstName', Country: 'country' },
      dedupe: 'email',
      mode: 'update',
      retryOf: { id: original.id, number: original.number },
      retriedBy: [],
    });

    await server.runner.drain();
    const done = (await ws.api.get(`/imports/${retried.body.id}`)).body;
    expect(done).toMatchObject({ status: 'completed', counts: { read: 2, created: 1, rejected: 1 } });
    const grace = (await ws.api.get('/people?email=grace@example.com')).body.data;
    expect(grace).toEqual([expect.objectContaining({ firstName: 'Grace', addresses: [expect.anything()] })]);
    expect((await ws.api.get('/people?email=linus@example.com')).body.data).toEqual([]);
    // The new import's rows are its file's: row 2 of it is the one sent second, row 3 of the first file.
    expect(await rejections(ws, done.id)).toEqual([
      {
        row: 2,
        sourceRow: 3,
        reason:
          'Country: "ZZ" is not a country: give its ISO code (such as FR) or its name in English, French, German or Spanish.',
        columns: ['Country'],
        cells: ['linus@example.com', 'Linus', 'ZZ', 'still bad'],
        retriedIn: null,
      },
    ]);
    // Its records carry its own number; the original's trail is unchanged.
    expect(await trail(ws, done.number)).toMatchObject({ person: 1 });
    expect(await trail(ws, original.number)).toMatchObject({ person: 1 });

    const after = (await ws.api.get(`/imports/${original.id}`)).body;
    expect(after.retriedBy).toEqual([{ id: done.id, number: done.number }]);
    expect(after.counts).toEqual(original.counts);
    expect((await rejections(ws, original.id)).map((r) => [r.row, r.retriedIn])).toEqual([
      [2, done.id],
      [3, done.id],
      [4, null],
    ]);

    // A row goes again once: its next fix belongs on the new import.
    const again = await ws.api.post(`/imports/${original.id}/retry`, {
      rows: [{ row: 2, cells: ['grace2@example.com', 'Grace', 'US', ''] }],
    });
    expect(again.status, again.text).toBe(409);
    expect(again.body.errors).toEqual([
      { path: '/rows/0/row', message: `Row 2 went to import ${done.number}.` },
    ]);
    // Still wrong twice over, the row keeps the number it had in the file first imported.
    const stillBad = await ws.api.post(`/imports/${done.id}/retry`, {
      rows: [{ row: 2, cells: ['linus@example.com', 'Linus', 'YY', ''] }],
    });
    expect(stillBad.status, stillBad.text).toBe(201);
    await server.runner.drain();
    expect(await rejections(ws, stillBad.body.id)).toEqual([
      expect.objectContaining({ row: 1, sourceRow: 3, cells: ['linus@example.com', 'Linus', 'YY', ''] }),
    ]);
    const fixAgain = await ws.api.post(`/imports/${stillBad.body.id}/retry`, {
      rows: [{ row: 1, cells: ['linus@example.com', 'Linus', 'FI', ''] }],
    });
    expect(fixAgain.status, fixAgain.text).toBe(201);
    await server.runner.drain();
    expect((await ws.api.get('/people?email=linus@example.com')).body.data).toHaveLength(1);
  });

  it('gives rows back when their retry is cancelled, and carries quotes, commas and line breaks', async () => {
    const ws = await buildWorkspace(server);
    const original = await rejectedImport(ws);
    const url = `/imports/${original.id}/retry`;
    const first = await ws.api.post(url, { rows: [{ row: 2, cells: ['grace@example.com', 'G', 'US', ''] }] });
    expect(first.status, first.text).toBe(201);
    expect((await ws.api.post(`/imports/${first.body.id}/cancel`)).status).toBe(200);
    const cells = ['grace@example.com', 'Grace "Amazing", Hopper', 'US', 'line one\r\nline two, "quoted"'];
    const second = await ws.api.post(url, { rows: [{ row: 2, cells }] });
    expect(second.status, second.text).toBe(201);
    await server.runner.drain();
    expect((await ws.api.get(`/imports/${second.body.id}`)).body.counts).toMatchObject({
      read: 1,
      created: 1,
    });
    const grace = (await ws.api.get('/people?email=grace@example.com')).body.data;
    expect(grace.map((p: Json) => p.firstName)).toEqual(['Grace "Amazing", Hopper']);
    expect((await rejections(ws, original.id))[0]).toMatchObject({ row: 2, retriedIn: second.body.id });
  });

  it('shows a page that asked while the import was queued its progress, not a 304 of the queued state', async () => {
    const ws = await buildWorkspace(server);
    const original = await rejectedImport(ws);
    const retried = await ws.api.post(`/imports/${original.id}/retry`, {
      rows: [{ row: 2, cells: ['queued@example.com', 'Queued', 'US', ''] }],
    });
    const queued = await ws.api.get(`/imports/${retried.body.id}`);
    expect(queued.body.status).toBe('queued');
    await server.runner.drain();
    // What a browser sends when it revalidates the page it cached, with whatever tag it was given.
    const tags = [queued.headers.get('etag'), retried.headers.get('etag'), '"1"'];
    for (const tag of tags) {
      const again = await ws.api.get(`/imports/${retried.body.id}`, { 'if-none-match': tag ?? '"1"' });
      expect(again.status, `If-None-Match: ${tag}`).toBe(200);
      expect(again.body).toMatchObject({ status: 'completed', counts: { created: 1 } });
    }
  });

  it('answers a bad body with a 400 naming each path', async () => {
    const ws = await buildWorkspace(server);
    const original = await rejectedImport(ws);
    const url = `/imports/${original.id}/retry`;
    const shape = await ws.api.post(url, { rows: [{ row: 0, cells: [1] }], extra: true });
    expect(shape.status).toBe(400);
    expect(shape.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(shape.body.errors.map((e: Json) => e.path).sort()).toEqual([
      '/extra',
      '/rows/0/cells/0',
      '/rows/0/row',
    ]);
    expect((await ws.api.post(url, { rows: [] })).body.errors).toEqual([
      expect.objectContaining({ path: '/rows' }),
    ]);
    const tooLong = await ws.api.post(url, { rows: [{ row: 2, cells: ['x'.repeat(10_001), '', '', ''] }] });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ path: '/rows/0/cells/0' })]);

    const rows = await ws.api.post(url, {
      rows: [
        { row: 1, cells: ['a@example.com', '', '', ''] },
        { row: 2, cells: ['grace@example.com'] },
        { row: 2, cells: ['grace@example.com', '', '', ''] },
        { row: 99, cells: ['x@example.com', '', '', ''] },
      ],
    });
    expect(rows.status, rows.text).toBe(400);
    expect(rows.body.errors).toEqual([
      { path: '/rows/0/row', message: `Row 1 is not a rejected row of import ${original.number}.` },
      { path: '/rows/1/cells', message: 'Give 4 cells, one per column of the header (not 1).' },
      { path: '/rows/2/row', message: 'Row 2 is given twice.' },
      { path: '/rows/3/row', message: `Row 99 is not a rejected row of import ${original.number}.` },
    ]);
    // Nothing was queued or marked.
    expect((await ws.api.get('/imports')).body.data).toHaveLength(1);
    expect((await rejections(ws, original.id)).every((r) => r.retriedIn === null)).toBe(true);
  });

  it('is refused to a role that may not import (403) and hides another workspace’s import (404)', async () => {
    const ws = await buildWorkspace(server);
    const original = await rejectedImport(ws);
    const body = { rows: [{ row: 2, cells: ['grace@example.com', 'Grace', 'US', ''] }] };
    const viewer = await buildMember(server, ws, 'viewer');
    expect((await viewer.api.get(`/imports/${original.id}/rejections`)).status).toBe(200);
    const refused = await viewer.api.post(`/imports/${original.id}/retry`, body);
    expect(refused.status).toBe(403);
    const other = await buildWorkspace(server, 'Other');
    const hidden = await other.api.post(`/imports/${original.id}/retry`, body);
    expect(hidden.status).toBe(404);
    expect((await other.api.get(`/imports/${original.id}/columns`)).status).toBe(404);
    expect((await rejections(ws, original.id)).every((r) => r.retriedIn === null)).toBe(true);
  });

  it('refuses vCard imports and imports without rejected rows with a problem saying why', async () => {
    const ws = await buildWorkspace(server);
    const vcf = await runImport(server, ws.api, 'BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n', {
      format: 'vcf',
    });
    expect(vcf.counts.rejected).toBe(1);
    const card = await ws.api.post(`/imports/${vcf.id}/retry`, { rows: [{ row: 1, cells: ['x'] }] });
    expect(card.status).toBe(422);
    expect(card.body.detail).toMatch(/vCards cannot be fixed here/);
    const clean = await runImport(server, ws.api, 'Email\nok@example.com\n');
    const none = await ws.api.post(`/imports/${clean.id}/retry`, { rows: [{ row: 1, cells: ['x'] }] });
    expect(none.status).toBe(409);
    expect(none.body.detail).toBe('This import rejected no rows.');
  });
});

describe('GET /imports/{id}/columns', () => {
  it('names each column’s field and its label, unmapped ones with none', async () => {
    const ws = await buildWorkspace(server);
    const original = await rejectedImport(ws);
    const columns = await ws.api.get(`/imports/${original.id}/columns`);
    expect(columns.status, columns.text).toBe(200);
    expect(columns.body.data).toEqual(
      [
        { index: 0, column: 'Email', field: 'email', label: 'E-mail (primary)' },
        { index: 1, column: 'First Name', field: 'firstName', label: 'First name' },
        { index: 2, column: 'Country', field: 'country', label: 'Country (first address)' },
        { index: 3, column: 'Notes', field: null, label: null },
      ].map((column) => ({
        ...column,
        // A country is one of a list: the fix form offers it as typed.
        choices: column.field === 'country' ? expect.arrayContaining(['France', 'Germany']) : null,
        multiple: false,
        unique: false,
        readings: null,
      })),
    );
  });
});
