import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport, uploadImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// A file from another CRM names its stages and picks its own way: the mapping step reads the whole
// column, proposes a choice for each text, and the import reads each text as the person confirmed.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const CSV = [
  'Email,Lifecycle Stage,Tier,Interests',
  'ada@example.com,Marketing Qualified Lead,Gold,CRM; Analytics',
  'grace@example.com,In Progress,gold+,crm',
  'alan@example.com,customer,Silver,"Analytics, Mail"',
  'linus@example.com,,silver,',
  'bob@example.com,Marketing Qualified Lead,Bronze,Mail',
].join('\r\n');

async function pickListField(ws: TestWorkspace, label: string, type: string, choices: string[]) {
  const field = await ws.api.post('/custom-fields', {
    objectType: 'people',
    label,
    type,
    choices: choices.map((choice) => ({ value: choice.toLowerCase(), label: choice })),
  });
  expect(field.status, field.text).toBe(201);
}

async function withPickLists(): Promise<TestWorkspace> {
  const ws = await buildWorkspace(server);
  await pickListField(ws, 'Tier', 'select', ['Gold', 'Silver']);
  await pickListField(ws, 'Interests', 'multiSelect', ['CRM', 'Analytics']);
  return ws;
}

const uploaded = (api: ApiClient, file: string, object = 'people') =>
  uploadImport(server, api, file, { object, filename: 'crm.csv' });

const valuesOf = (api: ApiClient, id: string, column: string, field: string) =>
  api.get(`/imports/${id}/values?${new URLSearchParams({ column, field })}`);

async function people(ws: TestWorkspace): Promise<Record<string, Json>> {
  const list = await ws.api.get('/people?sort=email&limit=10');
  return Object.fromEntries(
    list.body.data.map((p: Json) => [
      p.email,
      { stage: p.lifecycleStage, tier: p.customFields.tier, interests: p.customFields.interests },
    ]),
  );
}

describe('imports: the values of columns that fill fields with choices', () => {
  it('lists each text of the column, how many rows give it and the choice proposed for it', async () => {
    const ws = await withPickLists();
    const id = await uploaded(ws.api, CSV);
    const stage = await valuesOf(ws.api, id, 'Lifecycle Stage', 'lifecycleStage');
    expect(stage.status, stage.text).toBe(200);
    expect(stage.body).toMatchObject({
      column: 'Lifecycle Stage',
      field: 'lifecycleStage',
      rows: 4,
      unlisted: 0,
    });
    expect(stage.body.choices).toContainEqual({ value: 'qualified', label: 'Qualified' });
    expect(stage.body.values).toEqual([
      { text: 'Marketing Qualified Lead', rows: 2, proposed: 'qualified' },
      { text: 'In Progress', rows: 1, proposed: null },
      { text: 'customer', rows: 1, proposed: 'customer' },
    ]);

    // No field yet: the texts as written, whole cells, for a field to be made from the column.
    const written = await ws.api.get(`/imports/${id}/values?column=Interests`);
    expect(written.body).toMatchObject({ field: null, choices: [], rows: 4, unlisted: 0 });
    expect(written.body.values).toContainEqual({ text: 'CRM; Analytics', rows: 1, proposed: null });

    const interests = await valuesOf(ws.api, id, 'Interests', 'customFields.interests');
    expect(interests.body.values).toEqual([
      { text: 'Analytics', rows: 2, proposed: 'analytics' },
      { text: 'Mail', rows: 2, proposed: null },
      { text: 'CRM', rows: 1, proposed: 'crm' },
      { text: 'crm', rows: 1, proposed: 'crm' },
    ]);
  });

  it('reads each text as told at the start; texts not named as proposed; the import shows its readings', async () => {
    const ws = await withPickLists();
    const values = {
      'Lifecycle Stage': { 'Marketing Qualified Lead': 'lead', 'In Progress': null },
      Tier: { 'gold+': 'gold', Bronze: null },
      Interests: { Mail: null },
    };
    const done = await runImport(server, ws.api, CSV, { start: { values } });
    expect(done).toMatchObject({ status: 'completed', values, counts: { created: 5, rejected: 0 } });
    expect(await people(ws)).toEqual({
      'ada@example.com': { stage: 'lead', tier: 'gold', interests: ['crm', 'analytics'] },
      'alan@example.com': { stage: 'customer', tier: 'silver', interests: ['analytics'] },
      'bob@example.com': { stage: 'lead', tier: undefined, interests: undefined },
      'grace@example.com': { stage: 'lead', tier: 'gold', interests: ['crm'] },
      'linus@example.com': { stage: 'lead', tier: 'silver', interests: undefined },
    });
  });

  it('without readings, a text no choice is proposed for rejects its row, naming the choices', async () => {
    const ws = await withPickLists();
    const done = await runImport(server, ws.api, CSV);
    expect(done).toMatchObject({ values: null, counts: { created: 2, rejected: 3 } });
    const reasons = (await ws.api.get(`/imports/${done.id}/rejections`)).body.data.map((r: Json) => r.reason);
    expect(reasons[0]).toContain('Lifecycle Stage: "In Progress" is not a lifecycle stage');
    expect(reasons[1]).toBe('Interests: "Mail" is not one of its choices (CRM, Analytics).');
  });

  it('reads the whole file, however many chunks it spans, and lists a few hundred texts at most', async () => {
    const ws = await withPickLists();
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `p${i}@example.com,${i % 3 ? 'Lead' : `Stage ${i}`},Gold,`,
    );
    const file = ['Email,Lifecycle Stage,Tier,Interests', ...rows].join('\n');
    expect(file.length).toBeGreaterThan(1024 * 1024);
    const id = await uploaded(ws.api, file);
    const stage = await valuesOf(ws.api, id, 'Lifecycle Stage', 'lifecycleStage');
    expect(stage.body.rows).toBe(40_000);
    expect(stage.body.values).toHaveLength(200);
    expect(stage.body.values[0]).toEqual({ text: 'Lead', rows: 26_666, proposed: 'lead' });
    expect(stage.body.unlisted).toBe(40_000 - 26_666 - 199);
  });

  it('refuses what has no values to read, and readings that fit no pick-list, writing nothing', async () => {
    const ws = await withPickLists();
    const id = await uploaded(ws.api, CSV);
    expect((await valuesOf(ws.api, id, 'Nope', 'lifecycleStage')).body.errors).toEqual([
      { path: '/column', message: 'The file has no column "Nope".' },
    ]);
    const email = await valuesOf(ws.api, id, 'Email', 'email');
    expect(email.status).toBe(400);
    expect(email.body.errors[0].message).toContain('only fields with choices');
    const companies = await uploaded(ws.api, 'Name,Stage\nAcme,Lead', 'companies');
    expect((await valuesOf(ws.api, companies, 'Stage', 'lifecycleStage')).body.errors).toEqual([
      { path: '/field', message: 'Unknown field "lifecycleStage".' },
    ]);
    const awaiting = await ws.api.post('/imports', { object: 'people', format: 'csv' });
    expect((await valuesOf(ws.api, awaiting.body.id, 'Email', 'lifecycleStage')).status).toBe(409);

    const start = await ws.api.post(`/imports/${id}/start`, {
      mapping: {
        Email: 'email',
        'Lifecycle Stage': 'lifecycleStage',
        Tier: 'customFields.tier',
        Interests: null,
      },
      values: { 'Lifecycle Stage': { MQL: 'hot' }, Interests: { Mail: null }, Email: { x: null } },
    });
    expect(start.status).toBe(400);
    expect(start.body.errors.map((e: Json) => e.path)).toEqual([
      '/values/Lifecycle Stage/MQL',
      '/values/Interests',
      '/values/Email',
    ]);
    expect((await ws.api.get(`/imports/${id}`)).body.status).toBe('uploaded');
  });

  it('a retry of fixed rows reads their texts as the original import did', async () => {
    const ws = await withPickLists();
    const file = [
      'Email,Lifecycle Stage',
      'not-an-email,Marketing Qualified Lead',
      'ok@example.com,MQL',
    ].join('\n');
    const done = await runImport(server, ws.api, file, {
      start: { values: { 'Lifecycle Stage': { 'Marketing Qualified Lead': 'subscriber', MQL: 'lead' } } },
    });
    expect(done.counts).toMatchObject({ created: 1, rejected: 1 });
    // What the fix form offers for the cell: the stage's choices by their labels.
    const columns = (await ws.api.get(`/imports/${done.id}/columns`)).body.data;
    expect(columns[1]).toMatchObject({ column: 'Lifecycle Stage', multiple: false });
    // And how the import read its texts, as the page lists them.
    expect(columns[1].readings).toEqual([
      { text: 'Marketing Qualified Lead', value: 'subscriber', label: 'Subscriber' },
      { text: 'MQL', value: 'lead', label: 'Lead' },
    ]);
    expect(columns[1].choices).toContain('Subscriber');
    const retry = await ws.api.post(`/imports/${done.id}/retry`, {
      rows: [{ row: 1, cells: ['fixed@example.com', 'Marketing Qualified Lead'] }],
    });
    expect(retry.status, retry.text).toBe(201);
    expect(retry.body.values).toEqual(done.values);
    await server.runner.drain();
    const fixed = await ws.api.get('/people?sort=email&limit=10');
    expect(fixed.body.data.map((p: Json) => [p.email, p.lifecycleStage])).toEqual([
      ['fixed@example.com', 'subscriber'],
      ['ok@example.com', 'lead'],
    ]);
  });

  it('owners named as another CRM names them: each text proposed a member by name or e-mail, read as told', async () => {
    const ws = await buildWorkspace(server);
    const rep = await buildMember(server, ws, 'sales');
    const file = [
      'Email,Contact owner',
      'one@example.com,Sales Person',
      'two@example.com,Old Rep',
      `three@example.com,${ws.admin.email.toUpperCase()}`,
    ].join('\n');
    const id = await uploaded(ws.api, file);
    const owners = await valuesOf(ws.api, id, 'Contact owner', 'owner');
    expect(owners.status, owners.text).toBe(200);
    expect(owners.body.choices).toContainEqual({ value: rep.id, label: `sales person <${rep.email}>` });
    expect(owners.body.values).toEqual([
      { text: 'Sales Person', rows: 1, proposed: rep.id },
      { text: 'Old Rep', rows: 1, proposed: null },
      { text: ws.admin.email.toUpperCase(), rows: 1, proposed: ws.admin.id },
    ]);

    const wrong = await ws.api.post(`/imports/${id}/start`, {
      values: { 'Contact owner': { 'Old Rep': '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f' } },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      {
        path: '/values/Contact owner/Old Rep',
        message: expect.stringContaining('is not one of its choices'),
      },
    ]);

    const started = await ws.api.post(`/imports/${id}/start`, {
      values: { 'Contact owner': { 'Sales Person': rep.id, 'Old Rep': null } },
    });
    expect(started.status, started.text).toBe(202);
    await server.runner.drain();
    expect((await ws.api.get(`/imports/${id}`)).body.counts).toMatchObject({ created: 3, rejected: 0 });
    const people = await ws.api.get('/people?sort=email&limit=10');
    expect(people.body.data.map((p: Json) => [p.email, p.ownerId])).toEqual([
      ['one@example.com', rep.id],
      ['three@example.com', ws.admin.id],
      // No owner from the file: whoever started the import owns it.
      ['two@example.com', ws.admin.id],
    ]);
    // The import's page lists the owners it was told to read, by their names.
    const owner = (await ws.api.get(`/imports/${id}/columns`)).body.data[1];
    expect(owner.readings).toEqual([
      { text: 'Old Rep', value: null, label: null },
      { text: 'Sales Person', value: rep.id, label: `sales person <${rep.email}>` },
    ]);

    // Without readings, an owner's name is read as the values step proposes it.
    const named = await runImport(server, ws.api, 'Email,Contact owner\nfour@example.com,SALES person');
    expect(named.counts).toMatchObject({ created: 1, rejected: 0 });
    expect((await ws.api.get('/people?email=four@example.com')).body.data[0].ownerId).toBe(rep.id);
  });

  it('countries: each name proposed its ISO code, one that is none left out when told', async () => {
    const ws = await buildWorkspace(server);
    const file = [
      'Email,City,Country',
      'a@example.com,Munich,Deutschland',
      'b@example.com,Narnia City,Narnia',
    ].join('\n');
    const id = await uploaded(ws.api, file);
    const countries = await valuesOf(ws.api, id, 'Country', 'country');
    expect(countries.body.values).toEqual([
      { text: 'Deutschland', rows: 1, proposed: 'DE' },
      { text: 'Narnia', rows: 1, proposed: null },
    ]);
    expect(countries.body.choices).toContainEqual({ value: 'FR', label: 'France' });
    const started = await ws.api.post(`/imports/${id}/start`, { values: { Country: { Narnia: null } } });
    expect(started.status, started.text).toBe(202);
    await server.runner.drain();
    const people = await ws.api.get('/people?sort=email&limit=10');
    expect(people.body.data.map((p: Json) => p.addresses)).toEqual([
      [expect.objectContaining({ city: 'Munich', country: 'DE' })],
      [expect.not.objectContaining({ country: expect.anything() })],
    ]);
  });
});
