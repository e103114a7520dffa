import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport, uploadImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// A file exported again from another CRM finds the records its first import made by their ID there.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function uniqueField(api: ApiClient, objectType: 'people' | 'companies', label: string) {
  const created = await api.post('/custom-fields', { objectType, label, type: 'text', unique: true });
  expect(created.status, created.text).toBe(201);
  return created.body.key as string;
}

const PEOPLE_MAPPING = { 'Record ID': 'customFields.hubspotId', 'First Name': 'firstName', Email: 'email' };
const byId = { mapping: PEOPLE_MAPPING, dedupe: 'email', mode: 'update', matchOn: 'hubspotId' };

async function people(ws: TestWorkspace): Promise<Json[]> {
  return (await ws.api.get('/people?limit=100&sort=createdAt')).body.data;
}

async function reasons(ws: TestWorkspace, id: string): Promise<string[]> {
  return (await ws.api.get(`/imports/${id}/rejections`)).body.data.map((r: Json) => r.reason);
}

describe('imports matching on a unique field', () => {
  it('updates by ID whatever the e-mail, falls back to e-mail, and refuses to give a record a second ID', async () => {
    const ws = await buildWorkspace(server);
    expect(await uniqueField(ws.api, 'people', 'HubSpot ID')).toBe('hubspotId');
    const linus = (await ws.api.post('/people', { firstName: 'Linus', email: 'linus@example.com' })).body;
    const first = await runImport(
      server,
      ws.api,
      ['Record ID,First Name,Email', '101,Ada,ada@old.example', '102,Grace,grace@example.com'].join('\n'),
      { start: byId },
    );
    expect(first.matchOn).toBe('hubspotId');
    expect(first.counts).toMatchObject({ created: 2, rejected: 0 });

    const again = await runImport(
      server,
      ws.api,
      [
        'Record ID,First Name,Email',
        '101,Ada L.,ada@new.example',
        '103,Linus,linus@example.com',
        '104,Grace Twin,grace@example.com',
        '105,New,new@example.com',
        '105,New again,other@example.com',
      ].join('\n'),
      { start: byId },
    );
    expect(again.counts).toMatchObject({ created: 1, updated: 3, rejected: 1 });
    expect(await reasons(ws, again.id)).toEqual([
      'The person this row matches holds HubSpot ID "102", not "104": the other system has them as two records.',
    ]);
    const all = await people(ws);
    const byHubspot = (id: string) => all.filter((p) => p.customFields.hubspotId === id);
    expect(all).toHaveLength(4);
    expect(byHubspot('101')).toHaveLength(1);
    expect(byHubspot('101')[0]).toMatchObject({ firstName: 'Ada L.' });
    expect(byHubspot('101')[0].emails.map((e: Json) => e.address)).toContain('ada@new.example');
    expect(byHubspot('103')[0].id).toBe(linus.id);
    expect(byHubspot('105')[0]).toMatchObject({ firstName: 'New again' });
  });

  it('rejects the rows giving an ID another record holds, or an earlier row gave, and writes the rest', async () => {
    const ws = await buildWorkspace(server);
    await uniqueField(ws.api, 'people', 'HubSpot ID');
    await ws.api.post('/people', { firstName: 'Held', customFields: { hubspotId: '1' } });
    const done = await runImport(
      server,
      ws.api,
      [
        'Record ID,First Name,Email',
        '1,Taken,taken@example.com',
        '2,Two,two@example.com',
        '2,Two twin,twin@example.com',
        '3,Three,three@example.com',
      ].join('\n'),
      { start: { mapping: PEOPLE_MAPPING } },
    );
    expect(done.counts).toMatchObject({ created: 2, rejected: 2 });
    expect(await reasons(ws, done.id)).toEqual([
      'HubSpot ID "1" already belongs to another person: it is unique.',
      'HubSpot ID "2" already belongs to another person: it is unique.',
    ]);
    const rejected = (await ws.api.get(`/imports/${done.id}/rejections`)).body.data;
    expect(rejected.map((r: Json) => r.columns)).toEqual([['Record ID'], ['Record ID']]);
  });

  it('starts only on a unique field that a column fills, with dedupe, and the preview says which are', async () => {
    const ws = await buildWorkspace(server);
    await uniqueField(ws.api, 'people', 'HubSpot ID');
    await ws.api.post('/custom-fields', { objectType: 'people', label: 'Nickname', type: 'text' });
    const id = await uploadImport(server, ws.api, 'Record ID,Email\n1,a@example.com\n');
    const preview = (await ws.api.get(`/imports/${id}/preview`)).body;
    const fields = preview.fields.filter((f: Json) => f.key.startsWith('customFields.'));
    expect(fields).toEqual([
      { key: 'customFields.hubspotId', label: 'HubSpot ID', type: 'text', unique: true },
      { key: 'customFields.nickname', label: 'Nickname', type: 'text' },
    ]);
    const mapping = { 'Record ID': 'customFields.hubspotId', Email: 'email' };
    const problem = async (body: Json) => {
      const started = await ws.api.post(`/imports/${id}/start`, body);
      expect(started.status).toBe(400);
      return started.body.errors;
    };
    expect(await problem({ mapping, dedupe: 'email', matchOn: 'nickname' })).toEqual([
      {
        path: '/matchOn',
        message: 'Nickname is not unique: make it unique in Settings to match records by it.',
      },
    ]);
    expect(await problem({ mapping, matchOn: 'hubspotId' })).toEqual([
      { path: '/matchOn', message: 'Matching on HubSpot ID is a way to dedupe: choose dedupe too.' },
    ]);
    expect(await problem({ mapping: { Email: 'email' }, dedupe: 'email', matchOn: 'hubspotId' })).toEqual([
      { path: '/matchOn', message: 'No column is mapped to HubSpot ID: map the column that holds it.' },
    ]);
    expect(await problem({ mapping, dedupe: 'email', matchOn: 'nope' })).toEqual([
      { path: '/matchOn', message: 'No people custom field has the key "nope".' },
    ]);
  });

  it('an export edited and imported back updates its records by their id, whatever their e-mails', async () => {
    const ws = await buildWorkspace(server);
    const post = async (body: Json) => (await ws.api.post('/people', body)).body as Json;
    const ada = await post({ firstName: 'Ada', email: 'ada@old.example' });
    const cat = await post({ firstName: 'Cat', email: 'cat@example.com' });
    const twin = await post({ firstName: 'Cat', email: 'cat.twin@example.com' });
    expect((await ws.api.post(`/people/${cat.id}/merge`, { mergedId: twin.id })).status).toBe(201);
    const elsewhere = '01a2434d-0b0c-7750-b2c1-752d2fdd1b59';
    const file = [
      'id,firstName,email',
      `${ada.id},Ada,ada@new.example`,
      // Merged away since the export: found as the person it went into.
      `${twin.id},Catherine,`,
      // Another workspace's id finds nothing here: the row is matched by e-mail, else created.
      `${elsewhere},Dora,dora@example.com`,
    ].join('\n');
    const id = await uploadImport(server, ws.api, file);
    const preview = (await ws.api.get(`/imports/${id}/preview`)).body;
    expect(preview.proposedMapping).toEqual({ id: 'id', firstName: 'firstName', email: 'email' });
    expect((await ws.api.post(`/imports/${id}/start`, { dedupe: 'email' })).status).toBe(202);
    await server.runner.drain();
    expect((await ws.api.get(`/imports/${id}`)).body.counts).toMatchObject({
      created: 1,
      updated: 2,
      rejected: 0,
    });
    const all = await people(ws);
    expect(all.map((p) => [p.firstName, p.emails.map((e: Json) => e.address)])).toEqual([
      ['Ada', ['ada@old.example', 'ada@new.example']],
      ['Catherine', ['cat@example.com', 'cat.twin@example.com']],
      ['Dora', ['dora@example.com']],
    ]);
    expect(all.find((p) => p.firstName === 'Dora').id).not.toBe(elsewhere);

    const bad = await runImport(server, ws.api, 'id,email\nnot-an-id,x@example.com\n', {
      start: { mapping: { id: 'id', email: 'email' }, dedupe: 'email' },
    });
    expect(await reasons(ws, bad.id)).toEqual([
      'id: Not a record id as Rapport writes them; leave it empty for a new record.',
    ]);
    // HubSpot's "Record ID" holds its own numbers: not proposed as ours.
    const hubspot = await uploadImport(server, ws.api, 'Record ID,Email\n101,a@example.com\n');
    expect((await ws.api.get(`/imports/${hubspot}/preview`)).body.proposedMapping['Record ID']).toBeNull();
  });

  it('matches companies by their ID when their domain has changed', async () => {
    const ws = await buildWorkspace(server);
    const key = await uniqueField(ws.api, 'companies', 'Account ID');
    const start = {
      mapping: { 'Account ID': `customFields.${key}`, Name: 'name', Domain: 'domain' },
      dedupe: 'domain',
      matchOn: key,
    };
    const first = await runImport(server, ws.api, 'Account ID,Name,Domain\nA-1,Initech,initech.example\n', {
      object: 'companies',
      start,
    });
    expect(first.counts).toMatchObject({ created: 1 });
    const again = await runImport(
      server,
      ws.api,
      'Account ID,Name,Domain\nA-1,Initech Group,initech.group\n',
      {
        object: 'companies',
        start,
      },
    );
    expect(again.counts).toMatchObject({ created: 0, updated: 1 });
    const companies = (await ws.api.get('/companies?limit=10')).body.data;
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({ name: 'Initech Group' });
    expect(companies[0].domains).toEqual(expect.arrayContaining(['initech.example', 'initech.group']));
  });
});
