import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import {
  buildMember,
  buildWorkspace,
  defineTier,
  insertFillerCompanies,
  type TestWorkspace,
} from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { SYNC_LIMIT } from './bulk.service.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server, 'Bulk fields');
});
afterAll(() => server.stop());

async function defineField(api: ApiClient, spec: Json): Promise<{ id: string; key: string }> {
  const made = await api.post('/custom-fields', spec);
  expect(made.status, made.text).toBe(201);
  return made.body;
}

async function person(api: ApiClient, lastName: string, customFields: Json = {}): Promise<string> {
  const made = await api.post('/people', { firstName: 'Bulk', lastName, customFields });
  expect(made.status, made.text).toBe(201);
  return made.body.id;
}

async function customOf(object: 'people' | 'companies', id: string): Promise<Json> {
  const row = await server.db.kysely
    .selectFrom(object)
    .select(['custom_fields', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row;
}

const setField = (key: string, value: unknown) => ({ type: 'setCustomField', key, value });

describe('bulk set field', () => {
  it('sets a text, a number and a select value on a selection, leaving rows that hold it alone', async () => {
    const note = await defineField(ws.api, { objectType: 'people', label: 'Bulk note', type: 'text' });
    const score = await defineField(ws.api, { objectType: 'people', label: 'Bulk score', type: 'number' });
    const tier = await defineTier(ws.api, 'people');
    const a = await person(ws.api, 'Alpha');
    const b = await person(ws.api, 'Beta', { [tier.key]: 'gold' });
    const untouched = await person(ws.api, 'Gamma');

    const text = await ws.api.post('/people/bulk', { ids: [a, b], action: setField(note.key, 'VIP') });
    expect(text.status, text.text).toBe(200);
    expect(text.body).toEqual({ matched: 2, changed: 2, denied: 0 });
    const number = await ws.api.post('/people/bulk', { ids: [a, b], action: setField(score.key, 42) });
    expect(number.body).toEqual({ matched: 2, changed: 2, denied: 0 });

    const before = await customOf('people', b);
    const select = await ws.api.post('/people/bulk', { ids: [a, b], action: setField(tier.key, 'gold') });
    expect(select.body).toEqual({ matched: 2, changed: 1, denied: 0 });
    // b held gold already: not written again (same version, no audit entry).
    expect(await customOf('people', b)).toEqual(before);

    const read = (await ws.api.get(`/people/${a}`)).body;
    expect(read.customFields).toEqual({ [note.key]: 'VIP', [score.key]: 42, [tier.key]: 'gold' });
    expect((await customOf('people', untouched)).custom_fields).toEqual({});
  });

  it('sets a value on every record of a filter, and clears it', async () => {
    const local = await buildWorkspace(server, 'Bulk fields filter');
    const tier = await defineTier(local.api, 'companies');
    const made = [];
    for (const name of ['Acme Rockets', 'Acme Anvils', 'Zenith'])
      made.push((await local.api.post('/companies', { name })).body.id as string);
    const [rockets, anvils, zenith] = made as [string, string, string];
    const filter = { field: 'name', op: 'contains', value: 'Acme' };

    const set = await local.api.post('/companies/bulk', { filter, action: setField(tier.key, 'silver') });
    expect(set.status, set.text).toBe(200);
    expect(set.body).toEqual({ matched: 2, changed: 2, denied: 0 });
    for (const id of [rockets, anvils])
      expect((await local.api.get(`/companies/${id}`)).body.customFields).toEqual({ [tier.key]: 'silver' });
    expect((await local.api.get(`/companies/${zenith}`)).body.customFields).toEqual({});
    const listed = await local.api.get(
      `/companies?filter=${encodeURIComponent(JSON.stringify({ field: `customFields.${tier.key}`, op: 'eq', value: 'silver' }))}`,
    );
    expect(listed.body.data.map((c: Json) => c.id).sort()).toEqual([rockets, anvils].sort());

    const cleared = await local.api.post('/companies/bulk', { all: true, action: setField(tier.key, null) });
    expect(cleared.body).toEqual({ matched: 3, changed: 2, denied: 0 });
    for (const id of made) expect((await local.api.get(`/companies/${id}`)).body.customFields).toEqual({});
  });

  it('cleans a value as a single edit would store it', async () => {
    const site = await defineField(ws.api, { objectType: 'people', label: 'Bulk site', type: 'url' });
    const id = await person(ws.api, 'Cleaned');
    const done = await ws.api.post('/people/bulk', {
      ids: [id],
      action: setField(site.key, 'https://Example.com'),
    });
    expect(done.body.changed).toBe(1);
    expect((await ws.api.get(`/people/${id}`)).body.customFields[site.key]).toBe('https://example.com/');
  });

  it('refuses a value of the wrong type with the field’s own message, writing nothing', async () => {
    const local = await buildWorkspace(server, 'Bulk fields wrong');
    const score = await defineField(local.api, {
      objectType: 'people',
      label: 'Strict score',
      type: 'number',
    });
    const tier = await defineTier(local.api, 'people');
    const id = await person(local.api, 'Wrong');
    const before = await customOf('people', id);

    const text = await local.api.post('/people/bulk', { ids: [id], action: setField(score.key, 'many') });
    expect(text.status).toBe(400);
    expect(text.body.errors).toEqual([{ path: '/action/value', message: 'Give a number.' }]);
    const choice = await local.api.post('/people/bulk', { ids: [id], action: setField(tier.key, 'bronze') });
    expect(choice.status).toBe(400);
    expect(choice.body.errors).toEqual([{ path: '/action/value', message: 'Give one of gold, silver.' }]);
    // The same message a single edit gives.
    const single = await local.api.patch(`/people/${id}`, { customFields: { [score.key]: 'many' } });
    expect(single.status).toBe(400);
    expect(single.body.errors).toEqual([{ path: `/customFields/${score.key}`, message: 'Give a number.' }]);
    const missing = await local.api.post('/people/bulk', {
      ids: [id],
      action: { type: 'setCustomField', key: score.key },
    });
    expect(missing.status).toBe(400);
    expect(await customOf('people', id)).toEqual(before);
  });

  it('refuses an unknown or archived field, and clearing a required one, pointing at it', async () => {
    // Its own workspace: a required field would hold up every other test's new people.
    const local = await buildWorkspace(server, 'Bulk fields archived');
    const old = await defineField(local.api, { objectType: 'people', label: 'Old code', type: 'text' });
    const kept = await defineField(local.api, {
      objectType: 'people',
      label: 'Must have',
      type: 'text',
      required: true,
    });
    const id = await person(local.api, 'Archived', { [old.key]: 'A1', [kept.key]: 'yes' });
    expect((await local.api.post(`/custom-fields/${old.id}/archive`)).status).toBe(200);
    const before = await customOf('people', id);

    const archived = await local.api.post('/people/bulk', { ids: [id], action: setField(old.key, 'B2') });
    expect(archived.status).toBe(400);
    expect(archived.body.errors).toEqual([
      { path: '/action/key', message: 'This field is archived and cannot be changed.' },
    ]);
    const unknown = await local.api.post('/people/bulk', { ids: [id], action: setField('noSuchField', 'x') });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ path: '/action/key', message: 'Unknown custom field.' }]);
    // A people field is no company field.
    const elsewhere = await local.api.post('/companies/bulk', { all: true, action: setField(kept.key, 'x') });
    expect(elsewhere.body.errors).toEqual([{ path: '/action/key', message: 'Unknown custom field.' }]);
    const required = await local.api.post('/people/bulk', { ids: [id], action: setField(kept.key, null) });
    expect(required.status).toBe(400);
    expect(required.body.errors).toEqual([{ path: '/action/value', message: 'Must have is required.' }]);
    expect(await customOf('people', id)).toEqual(before);
  });

  it('checks that a relation points at a record of the workspace', async () => {
    const account = await defineField(ws.api, {
      objectType: 'people',
      label: 'Bulk account',
      type: 'relation',
      target: 'companies',
    });
    const id = await person(ws.api, 'Related');
    const elsewhere = await buildWorkspace(server, 'Bulk fields other');
    const foreign = (await elsewhere.api.post('/companies', { name: 'Foreign' })).body.id;
    for (const target of [foreign, '00000000-0000-4000-8000-000000000000']) {
      const refused = await ws.api.post('/people/bulk', { ids: [id], action: setField(account.key, target) });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ path: '/action/value', message: 'No such company.' }]);
    }
    expect((await customOf('people', id)).custom_fields).toEqual({});
    const company = (await ws.api.post('/companies', { name: 'Bulk Related Ltd' })).body.id;
    const done = await ws.api.post('/people/bulk', { ids: [id], action: setField(account.key, company) });
    expect(done.body.changed).toBe(1);
    expect((await ws.api.get(`/people/${id}`)).body.customFields).toEqual({ [account.key]: company });
  });

  it('reaches the records a role may change, as the other update actions do', async () => {
    const local = await buildWorkspace(server, 'Bulk fields roles');
    const tier = await defineTier(local.api, 'people');
    const rep = await buildMember(server, local, 'sales');
    const viewer = await buildMember(server, local, 'viewer');
    const mine = await person(rep.api, 'Mine');
    const admins = await person(local.api, 'Admins');

    const denied = await viewer.api.post('/people/bulk', { ids: [mine], action: setField(tier.key, 'gold') });
    const deniedTags = await viewer.api.post('/people/bulk', {
      ids: [mine],
      action: { type: 'addTags', tags: ['x'] },
    });
    expect(denied.status).toBe(403);
    expect(deniedTags.status).toBe(403);

    const both = { ids: [mine, admins] };
    const tags = await rep.api.post('/people/bulk', { ...both, action: { type: 'addTags', tags: ['x'] } });
    const set = await rep.api.post('/people/bulk', { ...both, action: setField(tier.key, 'gold') });
    expect(set.body).toEqual({ matched: 2, changed: 1, denied: 1 });
    expect(tags.body).toEqual(set.body);
    expect((await customOf('people', mine)).custom_fields).toEqual({ [tier.key]: 'gold' });
    expect((await customOf('people', admins)).custom_fields).toEqual({});
  });

  it('writes one audit entry per record changed, like a single edit', async () => {
    const local = await buildWorkspace(server, 'Bulk fields audit');
    const tier = await defineTier(local.api, 'people');
    const note = await defineField(local.api, { objectType: 'people', label: 'Note', type: 'text' });
    const edited = await person(local.api, 'Edited', { [note.key]: 'kept' });
    const bulked = [
      await person(local.api, 'Bulked', { [note.key]: 'kept' }),
      await person(local.api, 'Bulked too', { [note.key]: 'kept' }),
    ];
    const already = await person(local.api, 'Already', { [tier.key]: 'gold' });

    await local.api.patch(`/people/${edited}`, { customFields: { [tier.key]: 'gold' } });
    const done = await local.api.post('/people/bulk', {
      ids: [...bulked, already],
      action: setField(tier.key, 'gold'),
    });
    expect(done.body.changed).toBe(2);

    const latest = async (id: string) =>
      (await local.api.get(`/audit-log?recordId=${id}`)).body.data as Json[];
    const [single] = await latest(edited);
    const expected = {
      action: 'updated',
      via: 'api',
      changes: {
        customFields: { before: { [note.key]: 'kept' }, after: { [note.key]: 'kept', [tier.key]: 'gold' } },
      },
    };
    expect(single).toMatchObject(expected);
    for (const id of bulked) {
      const entries = await latest(id);
      expect(entries.map((e) => e.action)).toEqual(['updated', 'created']);
      expect(entries[0]).toMatchObject({ ...expected, recordId: id });
      expect(Object.keys(entries[0].changes)).toEqual(Object.keys(single.changes));
    }
    expect((await latest(already)).map((e) => e.action)).toEqual(['created']);
  });

  it('runs as a background job above the limit', async () => {
    const local = await buildWorkspace(server, 'Bulk fields job');
    const tier = await defineTier(local.api, 'companies');
    await insertFillerCompanies(server, local.workspaceId, SYNC_LIMIT + 1);
    // A long insert holds the embedded database past a kept-alive connection's idle timeout.
    await local.api.get('/me');
    const wrong = await local.api.post('/companies/bulk', { all: true, action: setField(tier.key, 'lead') });
    expect(wrong.status).toBe(400);
    const started = await local.api.post('/companies/bulk', {
      all: true,
      action: setField(tier.key, 'gold'),
    });
    expect(started.status, started.text).toBe(202);
    await server.runner.drain();
    const done = await local.api.get(`/bulk-jobs/${started.body.jobId}`);
    expect(done.body).toMatchObject({
      state: 'succeeded',
      processed: SYNC_LIMIT + 1,
      changed: SYNC_LIMIT + 1,
    });
    const counts = await sql<{ gold: number; audited: number }>`
      SELECT (SELECT count(*)::int FROM companies WHERE workspace_id = ${local.workspaceId}
                AND custom_fields->>${tier.key} = 'gold') AS gold,
             (SELECT count(*)::int FROM record_changes WHERE workspace_id = ${local.workspaceId}
                AND object_type = 'company' AND action = 'updated' AND via = 'job'
                AND changes ? 'custom_fields') AS audited`.execute(server.db.kysely);
    expect(counts.rows[0]).toEqual({ gold: SYNC_LIMIT + 1, audited: SYNC_LIMIT + 1 });
  }, 180_000);
});
