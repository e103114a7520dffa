import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse, Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const names = (response: ApiResponse<Json>) => response.body.data.map((p: Json) => p.firstName);
const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

describe('GET /people?ids=', () => {
  it('returns only the selection, with the other filters, sorted and paged as the list is', async () => {
    const person = async (firstName: string, lifecycleStage: string) =>
      (await ws.api.post('/people', { firstName, lastName: 'Ids', lifecycleStage })).body.id as string;
    const ada = await person('Ada', 'lead');
    const bob = await person('Bob', 'customer');
    const cy = await person('Cy', 'lead');
    await person('Dee', 'lead');
    const ids = `ids=${[cy, ada, bob].join(',')}`;

    expect(names(await ws.api.get(`/people?${ids}&sort=firstName`))).toEqual(['Ada', 'Bob', 'Cy']);
    expect(names(await ws.api.get(`/people?${ids}&sort=firstName&lifecycleStage=lead`))).toEqual([
      'Ada',
      'Cy',
    ]);
    const customers = filter({ field: 'lifecycleStage', op: 'eq', value: 'customer' });
    expect(names(await ws.api.get(`/people?${ids}&${customers}`))).toEqual(['Bob']);
    expect(names(await ws.api.get(`/people?${ids}&q=ada`))).toEqual(['Ada']);
    expect((await ws.api.get(`/people/count?${ids}`)).body).toEqual({ count: 3, accuracy: 'exact' });

    const first = await ws.api.get(`/people?${ids}&sort=-firstName&limit=2`);
    expect(names(first)).toEqual(['Cy', 'Bob']);
    const next = await ws.api.get(`/people?${ids}&sort=-firstName&limit=2&cursor=${first.body.nextCursor}`);
    expect(names(next)).toEqual(['Ada']);
    expect(next.body.nextCursor).toBeNull();
  });

  it('leaves out deleted and merged people, and another workspace’s', async () => {
    const person = async (firstName: string, api = ws.api) =>
      (await api.post('/people', { firstName, lastName: 'Gone' })).body.id as string;
    const kept = await person('Kept');
    const deleted = await person('Deleted');
    const merged = await person('Merged');
    const other = await buildWorkspace(server, 'Elsewhere');
    const foreign = await person('Foreign', other.api);
    expect((await ws.api.delete(`/people/${deleted}`)).status).toBe(204);
    expect((await ws.api.post(`/people/${kept}/merge`, { mergedId: merged })).status).toBe(201);

    const listed = await ws.api.get(`/people?ids=${[kept, deleted, merged, foreign].join(',')}`);
    expect(listed.status).toBe(200);
    expect(names(listed)).toEqual(['Kept']);
    expect(names(await other.api.get(`/people?ids=${kept},${foreign}`))).toEqual(['Foreign']);
  });

  it('refuses a malformed selection or one of more than 200 ids with a problem', async () => {
    const id = (await ws.api.post('/people', { firstName: 'Many' })).body.id as string;
    const problem = async (query: string) => {
      const response = await ws.api.get(`/people?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body).toMatchObject({ status: 400, type: expect.stringMatching(/validation/) });
      expect(response.body.errors[0].path).toMatch(/^\/query\/ids/);
    };
    await problem('ids=nope');
    await problem(`ids=${id},`);
    await problem('ids=');
    await problem(`ids=${Array.from({ length: 201 }, () => id).join(',')}`);
    const most = await ws.api.get(`/people?limit=200&ids=${Array.from({ length: 200 }, () => id).join(',')}`);
    expect(names(most)).toEqual(['Many']);
    expect((await ws.api.get('/people/count?ids=nope')).status).toBe(400);
  });
});
