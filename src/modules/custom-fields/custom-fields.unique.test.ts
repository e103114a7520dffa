import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server, 'Unique values');
});
afterAll(() => server.stop());

interface Field {
  id: string;
  key: string;
  unique: boolean;
  version: number;
}
interface Problem {
  detail: string;
  errors?: { path: string; message: string }[];
}

async function defineField(
  api: ApiClient,
  label: string,
  body: Record<string, unknown> = {},
): Promise<Field> {
  const created = await api.post('/custom-fields', { objectType: 'people', label, type: 'text', ...body });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  return created.body as Field;
}

async function person(api: ApiClient, firstName: string, customFields: Record<string, unknown> = {}) {
  const created = await api.post('/people', { firstName, customFields });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  return created.body as { id: string; version: number; customFields: Record<string, unknown> };
}

describe('unique custom fields', () => {
  it('refuses a second live record with the value, naming the field and the value; a deleted record frees it', async () => {
    const field = await defineField(ws.api, 'HubSpot ID', { unique: true });
    expect(field.unique).toBe(true);
    const first = await person(ws.api, 'Ada', { [field.key]: 'HS-1' });
    const clash = await ws.api.post('/people', { firstName: 'Bob', customFields: { [field.key]: 'HS-1' } });
    expect(clash.status).toBe(409);
    const problem = clash.body as Problem;
    expect(problem.detail).toBe('HubSpot ID "HS-1" already belongs to another record.');
    expect(problem.errors).toEqual([{ path: `/customFields/${field.key}`, message: problem.detail }]);

    const bob = await person(ws.api, 'Bob', { [field.key]: 'HS-2' });
    const taken = await ws.api.patch(`/people/${bob.id}`, { customFields: { [field.key]: 'HS-1' } });
    expect(taken.status).toBe(409);
    // The same value on the same record is no clash; nor is a value another workspace uses.
    expect((await ws.api.patch(`/people/${first.id}`, { jobTitle: 'CTO' })).status).toBe(200);
    const other = await buildWorkspace(server, 'Other unique values');
    const theirs = await defineField(other.api, 'HubSpot ID', { unique: true });
    await person(other.api, 'Ada elsewhere', { [theirs.key]: 'HS-1' });

    expect((await ws.api.delete(`/people/${first.id}`)).status).toBe(204);
    const moved = await ws.api.patch(`/people/${bob.id}`, { customFields: { [field.key]: 'HS-1' } });
    expect(moved.status).toBe(200);
    // Bob's old value is free again.
    await person(ws.api, 'Cyd', { [field.key]: 'HS-2' });
  });

  it('holds for companies as for people, each kind on its own', async () => {
    const created = await ws.api.post('/custom-fields', {
      objectType: 'companies',
      label: 'Account ID',
      type: 'text',
      unique: true,
    });
    const key = (created.body as Field).key;
    expect(
      (await ws.api.post('/companies', { name: 'Initech', customFields: { [key]: 'A-1' } })).status,
    ).toBe(201);
    const clash = await ws.api.post('/companies', { name: 'Initrode', customFields: { [key]: 'A-1' } });
    expect(clash.status).toBe(409);
    expect((clash.body as Problem).errors).toEqual([
      { path: `/customFields/${key}`, message: 'Account ID "A-1" already belongs to another record.' },
    ]);
  });

  it('is made unique only when no two records share a value, and saying which ones do', async () => {
    const field = await defineField(ws.api, 'Customer number', { type: 'number' });
    const one = await person(ws.api, 'One', { [field.key]: 7 });
    await person(ws.api, 'Two', { [field.key]: 7 });
    await person(ws.api, 'Three', { [field.key]: 8 });
    const refused = await ws.api.patch(`/custom-fields/${field.id}`, { unique: true });
    expect(refused.status).toBe(409);
    expect((refused.body as Problem).detail).toContain('"7" (2 records)');
    expect((refused.body as Problem).errors?.[0]?.path).toBe('/unique');

    expect((await ws.api.patch(`/people/${one.id}`, { customFields: { [field.key]: 9 } })).status).toBe(200);
    const made = await ws.api.patch(`/custom-fields/${field.id}`, { unique: true });
    expect(made.status).toBe(200);
    expect((made.body as Field).unique).toBe(true);
    // The values already there are held from then on.
    const clash = await ws.api.post('/people', { firstName: 'Four', customFields: { [field.key]: 8 } });
    expect(clash.status).toBe(409);

    const unmade = await ws.api.patch(`/custom-fields/${field.id}`, { unique: false });
    expect((unmade.body as Field).unique).toBe(false);
    expect(
      (await ws.api.post('/people', { firstName: 'Four', customFields: { [field.key]: 8 } })).status,
    ).toBe(201);
  });

  it('is for text, number, URL, e-mail and phone fields only', async () => {
    const refused = await ws.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Unique tier',
      type: 'select',
      choices: [{ value: 'gold', label: 'Gold' }],
      unique: true,
    });
    expect(refused.status).toBe(400);
    expect((refused.body as Problem).errors?.[0]?.path).toBe('/unique');
  });

  it('is not set on many records at once by a bulk edit (clearing it is)', async () => {
    const field = await defineField(ws.api, 'Bulk ID', { unique: true });
    const a = await person(ws.api, 'Bulk A', { [field.key]: 'B-1' });
    const b = await person(ws.api, 'Bulk B');
    const action = (value: unknown) => ({ type: 'setCustomField', key: field.key, value });
    const refused = await ws.api.post('/people/bulk', { ids: [a.id, b.id], action: action('B-2') });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('Bulk ID is unique');
    expect((await ws.api.post('/people/bulk', { ids: [a.id, b.id], action: action(null) })).status).toBe(200);
  });

  it('goes with a merge to the record kept, and back with its undoing', async () => {
    const field = await defineField(ws.api, 'Salesforce ID', { unique: true });
    const gone = await person(ws.api, 'Merged away', { [field.key]: 'SF-1' });
    const kept = await person(ws.api, 'Kept');
    const merge = await ws.api.post(`/people/${kept.id}/merge`, { mergedId: gone.id });
    expect(merge.status).toBe(201);
    const merged = await ws.api.get(`/people/${kept.id}`);
    expect((merged.body as { customFields: Record<string, unknown> }).customFields[field.key]).toBe('SF-1');
    // The value is the kept record's now: another record still may not take it.
    expect(
      (await ws.api.post('/people', { firstName: 'X', customFields: { [field.key]: 'SF-1' } })).status,
    ).toBe(409);

    expect((await ws.api.post(`/merges/${(merge.body as { id: string }).id}/undo`)).status).toBe(200);
    const back = (await ws.api.get(`/people/${gone.id}`)).body as { customFields: Record<string, unknown> };
    expect(back.customFields[field.key]).toBe('SF-1');
    const after = (await ws.api.get(`/people/${kept.id}`)).body as { customFields: Record<string, unknown> };
    expect(after.customFields[field.key]).toBeUndefined();
  });

  it('is not undone onto a value another record took since the merge: the undo is refused, naming it', async () => {
    const field = await defineField(ws.api, 'Zendesk ID', { unique: true });
    const gone = await person(ws.api, 'Merged away', { [field.key]: 'Z-1' });
    const kept = await person(ws.api, 'Kept');
    const merge = (await ws.api.post(`/people/${kept.id}/merge`, { mergedId: gone.id })).body as {
      id: string;
    };
    expect((await ws.api.patch(`/people/${kept.id}`, { customFields: { [field.key]: 'Z-2' } })).status).toBe(
      200,
    );
    await person(ws.api, 'Newcomer', { [field.key]: 'Z-1' });
    const undo = await ws.api.post(`/merges/${merge.id}/undo`);
    expect(undo.status).toBe(409);
    expect((undo.body as Problem).detail).toBe('Zendesk ID "Z-1" already belongs to another record.');
    // Nothing of the undo stayed: the merged record is still merged away.
    expect((await ws.api.get(`/people/${gone.id}`)).status).toBe(404);
  });
});
