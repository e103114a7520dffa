import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

describe('saved views', () => {
  it('are private unless shared, checked like the list, and changed only by their owner or an admin', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const filter = { field: 'lifecycleStage', op: 'eq', value: 'customer' };
    const mine = await rep.api.post('/saved-views', {
      objectType: 'people',
      name: 'My customers',
      filter,
      columns: ['name', 'email'],
    });
    expect(mine.status).toBe(201);
    const shared = await rep.api.post('/saved-views', {
      objectType: 'people',
      name: 'Team VIPs',
      shared: true,
      sort: '-updatedAt',
    });
    expect((await ws.api.get('/saved-views')).body.data.map((v: { name: string }) => v.name)).toEqual([
      'Team VIPs',
    ]);
    expect((await ws.api.get(`/saved-views/${mine.body.id}`)).status).toBe(404);
    const other = await buildMember(server, ws, 'sales');
    expect((await other.api.patch(`/saved-views/${shared.body.id}`, { name: 'Mine now' })).status).toBe(403);
    expect((await ws.api.patch(`/saved-views/${shared.body.id}`, { name: 'VIPs' })).body.name).toBe('VIPs');
    const bad = await rep.api.post('/saved-views', {
      objectType: 'people',
      name: 'Bad',
      filter: { field: 'nope', op: 'eq', value: 1 },
      columns: ['x'],
    });
    expect(bad.status).toBe(400);
    expect((await rep.api.delete(`/saved-views/${mine.body.id}`)).status).toBe(204);
  });
});

describe('the views that filter or sort by a custom field', () => {
  it('are named to an admin (the shared ones and their own), with how many others keep private', async () => {
    const local = await buildWorkspace(server, 'Views of a field');
    const field = (objectType: string, key: string) =>
      local.api.post('/custom-fields', { objectType, key, label: key, type: 'number' });
    const shoeSize = (await field('people', 'shoeSize')).body;
    const tier = (await field('companies', 'tier')).body;
    const rep = await buildMember(server, local, 'sales');
    const view = (who: typeof rep | typeof local, objectType: string, name: string, parts: object) =>
      who.api.post('/saved-views', { objectType, name, ...parts });
    const deep = {
      and: [
        { field: 'lastName', op: 'eq', value: 'X' },
        { or: [{ field: 'customFields.shoeSize', op: 'gt', value: 44 }] },
      ],
    };
    expect((await view(rep, 'people', 'Big feet', { shared: true, filter: deep })).status).toBe(201);
    await view(local, 'people', 'By size', { sort: '-customFields.shoeSize' });
    await view(rep, 'people', 'Rep’s own', { sort: 'customFields.shoeSize' });
    await view(local, 'people', 'Shown only', { columns: ['name', 'customFields.shoeSize'] });
    await view(local, 'people', 'No size yet', {
      filter: { field: 'customFields.shoeSize', op: 'isEmpty' },
      sort: 'lastName',
    });
    await view(local, 'companies', 'Gold', { filter: { field: 'customFields.tier', op: 'gt', value: 2 } });
    await view(local, 'people', 'People of gold', {
      filter: { field: 'company.customFields.tier', op: 'gt', value: 2 },
    });

    const ofShoeSize = await local.api.get(`/custom-fields/${shoeSize.id}/saved-views`);
    expect(ofShoeSize.status).toBe(200);
    expect(ofShoeSize.body.data.map((v: { name: string }) => v.name)).toEqual([
      'Big feet',
      'By size',
      'No size yet',
    ]);
    expect(ofShoeSize.body.privateOfOthers).toBe(1);
    const ofTier = await local.api.get(`/custom-fields/${tier.id}/saved-views`);
    expect(ofTier.body).toMatchObject({ privateOfOthers: 0 });
    expect(ofTier.body.data.map((v: { name: string }) => v.name)).toEqual(['Gold', 'People of gold']);
    // Asked before changing the fields, which only those who may change them do.
    expect((await rep.api.get(`/custom-fields/${shoeSize.id}/saved-views`)).status).toBe(403);
    expect((await ws.api.get(`/custom-fields/${shoeSize.id}/saved-views`)).status).toBe(404);
  });
});

describe('bulk actions', () => {
  it('change a selection or a whole filter result, within what the role may change', async () => {
    const local = await buildWorkspace(server, 'Bulk');
    const rep = await buildMember(server, local, 'sales');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await rep.api.post('/people', { lastName: `Mine${i}`, lifecycleStage: 'lead' })).body.id);
    const adminOwned = (await local.api.post('/people', { lastName: 'Admins', lifecycleStage: 'lead' })).body;
    const byFilter = await rep.api.post('/people/bulk', {
      filter: { field: 'lifecycleStage', op: 'eq', value: 'lead' },
      action: { type: 'addTags', tags: ['nurture'] },
    });
    expect(byFilter.body).toEqual({ matched: 5, changed: 4, denied: 1 });
    expect((await local.api.get(`/people/${adminOwned.id}`)).body.tags).toEqual([]);
    const again = await rep.api.post('/people/bulk', {
      filter: { field: 'lifecycleStage', op: 'eq', value: 'lead' },
      action: { type: 'addTags', tags: ['nurture'] },
    });
    expect(again.body.changed).toBe(0);
    const stage = await local.api.post('/people/bulk', {
      ids: ids.slice(0, 2),
      action: { type: 'setStage', stage: 'customer' },
    });
    expect(stage.body).toEqual({ matched: 2, changed: 2, denied: 0 });
    const owner = await local.api.post('/people/bulk', {
      all: true,
      action: { type: 'setOwner', ownerId: local.admin.id },
    });
    expect(owner.body.changed).toBe(4);
    const removed = await local.api.post('/people/bulk', { ids: [ids[3]], action: { type: 'delete' } });
    expect(removed.body.changed).toBe(1);
    expect((await local.api.get(`/people/${ids[3]}`)).status).toBe(404);
    const trail = await local.api.get(`/audit-log?recordId=${ids[0]}`);
    expect(trail.body.data.length).toBeGreaterThanOrEqual(4);
    expect((await local.api.post('/people/bulk', { action: { type: 'delete' } })).status).toBe(400);
    expect(
      (await local.api.post('/companies/bulk', { all: true, action: { type: 'setStage', stage: 'lead' } }))
        .status,
    ).toBe(400);
  });
});

describe('global search', () => {
  it('finds people and companies in one box, and respects the role', async () => {
    const local = await buildWorkspace(server, 'Search');
    await local.api.post('/people', { firstName: 'John', lastName: 'Smith', email: 'john@smithco.example' });
    await local.api.post('/companies', { name: 'Smith & Co', domain: 'smithco.example' });
    const result = await local.api.get('/search?q=jonh%20smiht');
    expect(result.body.best[0]).toMatchObject({ type: 'person', title: 'John Smith' });
    const domain = await local.api.get('/search?q=smithco.example');
    expect(domain.body.byType.company[0]).toMatchObject({ title: 'Smith & Co' });
    const onlyCompanies = await local.api.get('/search?q=smith&types=company');
    expect(Object.keys(onlyCompanies.body.byType)).toEqual(['company']);
  });

  it('asks later kinds for whole-word hits only once earlier kinds fill the list', async () => {
    const local = await buildWorkspace(server, 'Whole words');
    await local.api.post('/companies', { name: 'Jonh Smihts' });
    const similar = await local.api.get('/search?q=jonh%20smiht&limit=2');
    expect(similar.body.byType.company.map((hit: { title: string }) => hit.title)).toEqual(['Jonh Smihts']);
    for (const first of ['John', 'Jonh'])
      await local.api.post('/people', { firstName: first, lastName: 'Smith' });
    const filled = await local.api.get('/search?q=jonh%20smiht&limit=2');
    expect(filled.body.best.map((hit: { type: string }) => hit.type)).toEqual(['person', 'person']);
    expect(filled.body.byType.company).toEqual([]);
    // With room left in the list, the similar company is back.
    const roomy = await local.api.get('/search?q=jonh%20smiht&limit=3');
    expect(roomy.body.best.at(-1)).toMatchObject({ type: 'company', title: 'Jonh Smihts' });
  });
});
