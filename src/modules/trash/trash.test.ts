import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// A deleted person or company is only marked: it can be listed and brought back whole, by whoever
// may delete it, unless it went into another record by a merge (undone, not restored).
let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const deletedIds = async (object: string, api = ws.api) =>
  (await api.get(`/${object}/deleted`)).body.data.map((r: Json) => r.id);

/** A unique text field (whose values no two live records may share); its key. */
async function uniqueField(
  api: ApiClient,
  objectType: 'people' | 'companies',
  label: string,
): Promise<string> {
  const field = await api.post('/custom-fields', { objectType, label, type: 'text', unique: true });
  expect(field.status, field.text).toBe(201);
  return field.body.key;
}

describe('deleted records', () => {
  it('lists a deleted person and restores them with their history', async () => {
    const ada = (
      await ws.api.post('/people', { firstName: 'Ada', lastName: 'Gone', email: 'ada@trash.example' })
    ).body;
    const note = await ws.api.post('/activities', {
      type: 'note',
      body: '<p>Met at the fair</p>',
      personIds: [ada.id],
    });
    expect(note.status, note.text).toBe(201);
    expect((await ws.api.delete(`/people/${ada.id}`)).status).toBe(204);
    expect((await ws.api.get(`/people/${ada.id}`)).status).toBe(404);

    const listed = await ws.api.get('/people/deleted');
    expect(listed.status).toBe(200);
    expect(listed.body.data[0]).toMatchObject({
      id: ada.id,
      name: 'Ada Gone',
      detail: 'ada@trash.example',
      ownerId: ws.admin.id,
      deletedBy: { type: 'user', id: ws.admin.id, name: 'Ada Admin' },
    });
    expect(Date.parse(listed.body.data[0].deletedAt)).toBeGreaterThan(Date.parse(ada.updatedAt));

    const restored = await ws.api.post(`/people/${ada.id}/restore`, {});
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body).toMatchObject({ id: ada.id, email: 'ada@trash.example', version: ada.version + 2 });
    expect(restored.headers.get('etag')).toBe(`"${ada.version + 2}"`);
    expect((await ws.api.get(`/people?email=ada@trash.example`)).body.data).toHaveLength(1);
    const timeline = (await ws.api.get(`/people/${ada.id}/timeline`)).body.data;
    expect(timeline.map((e: Json) => e.type)).toContain('note');
    expect(await deletedIds('people')).not.toContain(ada.id);
    // Again: the person is not deleted any more.
    const again = await ws.api.post(`/people/${ada.id}/restore`, {});
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('This person is not deleted.');
    expect((await ws.api.post('/people/01930f6e-0000-7000-8000-000000000000/restore', {})).status).toBe(404);
  });

  it('leaves out a record merged into another: its merge is undone instead', async () => {
    const kept = (await ws.api.post('/people', { firstName: 'Bo', email: 'bo@trash.example' })).body;
    const twin = (await ws.api.post('/people', { firstName: 'Bo', email: 'bo2@trash.example' })).body;
    const merged = await ws.api.post(`/people/${kept.id}/merge`, { mergedId: twin.id });
    expect(merged.status, merged.text).toBe(201);
    expect(await deletedIds('people')).not.toContain(twin.id);
    const refused = await ws.api.post(`/people/${twin.id}/restore`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toBe('This person was merged into another: undo the merge to bring it back.');
  });

  it('refuses a restore whose unique value another record has taken since, changing nothing', async () => {
    const key = await uniqueField(ws.api, 'people', 'HubSpot ID');
    const first = (await ws.api.post('/people', { firstName: 'Cy', customFields: { [key]: 'H-1' } })).body;
    await ws.api.delete(`/people/${first.id}`);
    const second = await ws.api.post('/people', { firstName: 'Cy', customFields: { [key]: 'H-1' } });
    expect(second.status, second.text).toBe(201);
    const refused = await ws.api.post(`/people/${first.id}/restore`, {});
    expect(refused.status, refused.text).toBe(409);
    expect(refused.text).toContain('H-1');
    expect(await deletedIds('people')).toContain(first.id);
  });

  it('restores a company, and its people work there again', async () => {
    const acme = (await ws.api.post('/companies', { name: 'Acme Trash', domain: 'acme-trash.example' })).body;
    const dee = (await ws.api.post('/people', { firstName: 'Dee', companyId: acme.id })).body;
    await ws.api.delete(`/companies/${acme.id}`);
    expect((await ws.api.get(`/people/${dee.id}`)).body.company).toBeNull();
    const listed = (await ws.api.get('/companies/deleted')).body.data;
    expect(listed[0]).toMatchObject({ id: acme.id, name: 'Acme Trash', detail: 'acme-trash.example' });
    const restored = await ws.api.post(`/companies/${acme.id}/restore`, {});
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body.name).toBe('Acme Trash');
    expect((await ws.api.get(`/people/${dee.id}`)).body.company).toEqual({ id: acme.id, name: 'Acme Trash' });
  });

  it('is for those who may delete: a rep sees and restores their own, support neither', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const support = await buildMember(server, ws, 'support');
    const mine = (await rep.api.post('/people', { firstName: 'Rep’s' })).body;
    const theirs = (await ws.api.post('/people', { firstName: 'Admin’s' })).body;
    await rep.api.delete(`/people/${mine.id}`);
    await ws.api.delete(`/people/${theirs.id}`);
    const seen = await deletedIds('people', rep.api);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(theirs.id);
    const deletedBy = async () =>
      (await ws.api.get('/people/deleted')).body.data.find((r: Json) => r.id === mine.id)?.deletedBy.id;
    expect(await deletedBy()).toBe(rep.id);
    expect((await rep.api.post(`/people/${theirs.id}/restore`, {})).status).toBe(403);
    expect((await rep.api.post(`/people/${mine.id}/restore`, {})).status).toBe(200);
    // Deleted again, by someone else: the list names the last to delete.
    await ws.api.delete(`/people/${mine.id}`);
    expect(await deletedBy()).toBe(ws.admin.id);
    expect((await support.api.get('/people/deleted')).status).toBe(403);
    expect((await support.api.post(`/people/${theirs.id}/restore`, {})).status).toBe(403);
  });

  it('brings back a bulk delete in one go, but not what was deleted before it nor a taken value', async () => {
    const local = await buildWorkspace(server, 'Trash bulk');
    const key = await uniqueField(local.api, 'people', 'Member number');
    const earlier = (await local.api.post('/people', { firstName: 'Earlier', tags: ['x'] })).body;
    await local.api.delete(`/people/${earlier.id}`);
    const ids: string[] = [];
    for (const name of ['Ann', 'Ben', 'Cat'])
      ids.push(
        (await local.api.post('/people', { firstName: name, tags: ['fair'], customFields: { [key]: name } }))
          .body.id,
      );
    const deleted = await local.api.post('/people/bulk', {
      filter: { field: 'tags', op: 'hasAll', value: ['fair'] },
      action: { type: 'delete' },
    });
    expect(deleted.status, deleted.text).toBe(200);
    await local.api.post('/people', { firstName: 'New Cat', customFields: { [key]: 'Cat' } });

    const listed = (await local.api.get('/people/deleted')).body.data;
    const since = listed.filter((r: Json) => ids.includes(r.id)).at(-1).deletedAt;
    const restored = await local.api.post('/people/deleted/restore', { since });
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body).toEqual({
      restored: 2,
      skipped: [{ id: ids[2], name: 'Cat', reason: 'Member number "Cat" belongs to another record now.' }],
    });
    expect((await deletedIds('people', local.api)).sort()).toEqual([earlier.id, ids[2]].sort());
    const bad = await local.api.post('/people/deleted/restore', { since: 'yesterday' });
    expect(bad.status).toBe(400);
  });

  it('brings back the last of two deleted records that held one unique value, and names the other', async () => {
    const local = await buildWorkspace(server, 'Trash reused value');
    const key = await uniqueField(local.api, 'companies', 'Account code');
    const first = (await local.api.post('/companies', { name: 'First', customFields: { [key]: 'A-1' } }))
      .body;
    await local.api.delete(`/companies/${first.id}`);
    const second = (await local.api.post('/companies', { name: 'Second', customFields: { [key]: 'A-1' } }))
      .body;
    await local.api.delete(`/companies/${second.id}`);

    const since = (await local.api.get('/companies/deleted')).body.data.at(-1).deletedAt;
    const restored = await local.api.post('/companies/deleted/restore', { since });
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body).toEqual({
      restored: 1,
      skipped: [
        {
          id: first.id,
          name: 'First',
          reason: 'Account code "A-1" was given to a record deleted after it, which comes back instead.',
        },
      ],
    });
    expect(await deletedIds('companies', local.api)).toEqual([first.id]);
  });

  it('pages the list, most recently deleted first', async () => {
    const local = await buildWorkspace(server, 'Trash pages');
    const ids: string[] = [];
    for (const name of ['One', 'Two', 'Three']) {
      const id = (await local.api.post('/companies', { name })).body.id;
      await local.api.delete(`/companies/${id}`);
      ids.push(id);
    }
    const first = await local.api.get('/companies/deleted?limit=2');
    expect(first.body.data.map((r: Json) => r.name)).toEqual(['Three', 'Two']);
    const next = await local.api.get(`/companies/deleted?limit=2&cursor=${first.body.nextCursor}`);
    expect(next.body.data.map((r: Json) => r.name)).toEqual(['One']);
    expect(next.body.nextCursor).toBeNull();
  });

  it('finds a deleted record by part of its name, e-mail or domain; wildcards match themselves', async () => {
    const local = await buildWorkspace(server, 'Trash search');
    const made = [
      { firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' },
      { firstName: 'Alan', lastName: 'Turing', email: 'alan@bletchley.example' },
      { firstName: '100%', lastName: 'Sure', email: 'sure@percent.example' },
    ];
    for (const person of made) {
      const id = (await local.api.post('/people', person)).body.id;
      await local.api.delete(`/people/${id}`);
    }
    const acme = (await local.api.post('/companies', { name: 'Acme', domain: 'acme-rockets.example' })).body;
    await local.api.delete(`/companies/${acme.id}`);
    const names = async (path: string) =>
      (await local.api.get(path)).body.data.map((r: Json) => r.name).sort();
    expect(await names('/people/deleted?q=ace%20hop')).toEqual(['Grace Hopper']);
    expect(await names('/people/deleted?q=BLETCHLEY')).toEqual(['Alan Turing']);
    expect(await names(`/people/deleted?q=${encodeURIComponent('%')}`)).toEqual(['100% Sure']);
    expect(await names('/people/deleted?q=a')).toEqual(['100% Sure', 'Alan Turing', 'Grace Hopper']);
    expect(await names('/companies/deleted?q=rockets')).toEqual(['Acme']);
    expect((await local.api.get(`/people/deleted?q=${'x'.repeat(201)}`)).status).toBe(400);
  });
});
