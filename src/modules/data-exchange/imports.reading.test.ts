import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// How a file writes what a locale decides: "05/12/2023" is 5 December in Europe and May 12 in the
// United States (told the file's order, an import reads such dates that way; not told, it rejects
// the ones that read both ways), and "06 12 34 56 78" is a French number only to a French reader.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const CSV = [
  'Email,Signed',
  'ada@example.com,05/12/2023',
  'grace@example.com,25/12/2023',
  'alan@example.com,2024-01-31',
  'linus@example.com,5 Dec 2023',
].join('\r\n');

async function withDateField(): Promise<TestWorkspace> {
  const ws = await buildWorkspace(server);
  const field = await ws.api.post('/custom-fields', { objectType: 'people', label: 'Signed', type: 'date' });
  expect(field.status, field.text).toBe(201);
  return ws;
}

async function signed(ws: TestWorkspace): Promise<Record<string, string | undefined>> {
  const people = await ws.api.get('/people?sort=email&limit=10');
  return Object.fromEntries(people.body.data.map((p: Json) => [p.email, p.customFields.signed]));
}

const reasons = async (ws: TestWorkspace, id: string) =>
  (await ws.api.get(`/imports/${id}/rejections`)).body.data.map((r: Json) => [r.row, r.reason]);

describe('imports: the order of day and month in dates written as numbers', () => {
  it('day first: every such date reads day first; ISO and named months read as ever', async () => {
    const ws = await withDateField();
    const done = await runImport(server, ws.api, CSV, { start: { dateOrder: 'dayFirst' } });
    expect(done).toMatchObject({
      status: 'completed',
      dateOrder: 'dayFirst',
      counts: { created: 4, rejected: 0 },
    });
    expect(await signed(ws)).toEqual({
      'ada@example.com': '2023-12-05',
      'alan@example.com': '2024-01-31',
      'grace@example.com': '2023-12-25',
      'linus@example.com': '2023-12-05',
    });
  });

  it('month first: 05/12/2023 is May 12; a date only day-first makes is rejected, saying how it was read', async () => {
    const ws = await withDateField();
    const done = await runImport(server, ws.api, CSV, { start: { dateOrder: 'monthFirst' } });
    expect(done.counts).toMatchObject({ created: 3, rejected: 1 });
    expect((await signed(ws))['ada@example.com']).toBe('2023-05-12');
    expect(await reasons(ws, done.id)).toEqual([
      [2, 'Signed: "25/12/2023" is not a date written month/day/year, as this import reads them.'],
    ]);
  });

  it('not said: a date that reads both ways is rejected naming both; a retry keeps the order the original had', async () => {
    const ws = await withDateField();
    const unsaid = await runImport(server, ws.api, CSV);
    expect(unsaid.dateOrder).toBeNull();
    expect(await reasons(ws, unsaid.id)).toEqual([
      [
        1,
        'Signed: "05/12/2023" could be 5 December or 12 May: write the date as YYYY-MM-DD (2023-12-05 or 2023-05-12).',
      ],
    ]);

    const told = await runImport(server, ws.api, `${CSV}\r\nbob@example.com,02/03/2024`, {
      start: { dateOrder: 'dayFirst', dedupe: 'email', mode: 'update' },
    });
    expect(told.counts).toMatchObject({ created: 2, rejected: 0 });
    expect((await signed(ws))['ada@example.com']).toBe('2023-12-05');
    expect((await signed(ws))['bob@example.com']).toBe('2024-03-02');

    const monthFirst = await runImport(server, ws.api, 'Email,Signed\r\ncy@example.com,13/01/2024', {
      start: { dateOrder: 'monthFirst' },
    });
    const again = await ws.api.post(`/imports/${monthFirst.id}/retry`, {
      rows: [{ row: 1, cells: ['cy@example.com', '01/02/2024'] }],
    });
    expect(again.status, again.text).toBe(201);
    expect(again.body.dateOrder).toBe('monthFirst');
    await server.runner.drain();
    expect((await signed(ws))['cy@example.com']).toBe('2024-01-02');
  });

  it('rows rejected for a date that reads both ways go again as they were, told the order this time', async () => {
    const ws = await withDateField();
    const unsaid = await runImport(server, ws.api, CSV);
    const again = await ws.api.post(`/imports/${unsaid.id}/retry`, {
      rows: [{ row: 1, cells: ['ada@example.com', '05/12/2023'] }],
      dateOrder: 'monthFirst',
    });
    expect(again.status, again.text).toBe(201);
    expect(again.body.dateOrder).toBe('monthFirst');
    await server.runner.drain();
    expect((await signed(ws))['ada@example.com']).toBe('2023-05-12');
    const bad = await ws.api.post(`/imports/${unsaid.id}/retry`, {
      rows: [{ row: 1, cells: ['ada@example.com', '05/12/2023'] }],
      dateOrder: 'sideways',
    });
    expect(bad.status).toBe(400);
  });

  it('refuses an order it does not know, with a problem naming the field', async () => {
    const ws = await withDateField();
    const created = await ws.api.post('/imports', { object: 'people', format: 'csv', filename: 'x.csv' });
    const started = await ws.api.post(`/imports/${created.body.id}/start`, { dateOrder: 'yearFirst' });
    expect(started.status).toBe(400);
    expect(started.body.errors.map((e: Json) => e.path)).toContain('/dateOrder');
  });
});

describe('imports: the country of phone numbers written without their +code', () => {
  const PHONES = [
    'Email,Phone,Country',
    'amelie@example.fr,06 12 34 56 78,',
    'hans@example.de,030 1234567,DE',
  ].join('\r\n');

  it('reads them in the import’s country; a row’s own country still comes first; a retry keeps it', async () => {
    const ws = await buildWorkspace(server);
    const unsaid = await runImport(server, ws.api, PHONES);
    expect(unsaid.phoneCountry).toBeNull();
    expect(unsaid.counts).toMatchObject({ created: 1, rejected: 1 });

    const told = await runImport(server, ws.api, PHONES, {
      start: { phoneCountry: 'fr', dedupe: 'email', mode: 'update' },
    });
    expect(told.phoneCountry).toBe('FR');
    expect(told.counts).toMatchObject({ created: 1, rejected: 0 });
    const people = await ws.api.get('/people?sort=email');
    expect(people.body.data.map((p: Json) => [p.email, p.phone])).toEqual([
      ['amelie@example.fr', '+33612345678'],
      ['hans@example.de', '+49301234567'],
    ]);

    const again = await ws.api.post(`/imports/${unsaid.id}/retry`, {
      rows: [{ row: 1, cells: ['amelie2@example.fr', '06 12 34 56 79', ''] }],
    });
    expect(again.body.phoneCountry).toBeNull();
  });

  it('refuses a country that is not one, naming the field', async () => {
    const ws = await buildWorkspace(server);
    const created = await ws.api.post('/imports', { object: 'people', format: 'csv', filename: 'x.csv' });
    const started = await ws.api.post(`/imports/${created.body.id}/start`, { phoneCountry: 'XX' });
    expect(started.status).toBe(400);
    expect(started.body.errors).toEqual([
      expect.objectContaining({ path: '/phoneCountry', message: '"XX" is not an ISO 3166 country code.' }),
    ]);
  });
});
