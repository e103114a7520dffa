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

const names = (response: ApiResponse<Json>) => response.body.data.map((c: Json) => c.name);
const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
const company = async (name: string, body: object = {}, api = ws.api) =>
  (await api.post('/companies', { name, ...body })).body.id as string;

describe('GET /companies?ids=', () => {
  it('returns only the selection, with the other filters, sorted and paged as the list is', async () => {
    const acme = await company('Acme', { industry: 'Rockets' });
    const globex = await company('Globex', { industry: 'Energy' });
    const initech = await company('Initech', { industry: 'Rockets', parentId: acme });
    await company('Umbrella', { industry: 'Rockets' });
    const ids = `ids=${[initech, acme, globex].join(',')}`;

    expect(names(await ws.api.get(`/companies?${ids}`))).toEqual(['Acme', 'Globex', 'Initech']);
    const rockets = filter({ field: 'industry', op: 'eq', value: 'Rockets' });
    expect(names(await ws.api.get(`/companies?${ids}&${rockets}`))).toEqual(['Acme', 'Initech']);
    expect(names(await ws.api.get(`/companies?${ids}&parentId=${acme}`))).toEqual(['Initech']);
    expect(names(await ws.api.get(`/companies?${ids}&q=globex`))).toEqual(['Globex']);
    expect((await ws.api.get(`/companies/count?${ids}`)).body).toEqual({ count: 3, accuracy: 'exact' });

    const first = await ws.api.get(`/companies?${ids}&sort=-name&limit=2`);
    expect(names(first)).toEqual(['Initech', 'Globex']);
    const next = await ws.api.get(`/companies?${ids}&sort=-name&limit=2&cursor=${first.body.nextCursor}`);
    expect(names(next)).toEqual(['Acme']);
    expect(next.body.nextCursor).toBeNull();
  });

  it('leaves out deleted and merged companies, and another workspace’s', async () => {
    const kept = await company('Kept');
    const deleted = await company('Deleted');
    const merged = await company('Merged');
    const other = await buildWorkspace(server, 'Elsewhere');
    const foreign = await company('Foreign', {}, other.api);
    expect((await ws.api.delete(`/companies/${deleted}`)).status).toBe(204);
    expect((await ws.api.post(`/companies/${kept}/merge`, { mergedId: merged })).status).toBe(201);

    const listed = await ws.api.get(`/companies?ids=${[kept, deleted, merged, foreign].join(',')}`);
    expect(listed.status).toBe(200);
    expect(names(listed)).toEqual(['Kept']);
    expect(names(await other.api.get(`/companies?ids=${kept},${foreign}`))).toEqual(['Foreign']);
  });

  it('refuses a malformed selection or one of more than 200 ids with a problem', async () => {
    const id = await company('Many');
    for (const ids of ['nope', `${id},x`, Array.from({ length: 201 }, () => id).join(',')]) {
      const response = await ws.api.get(`/companies?ids=${ids}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body).toMatchObject({ status: 400, type: expect.stringMatching(/validation/) });
      expect(response.body.errors[0].path).toMatch(/^\/query\/ids/);
    }
  });
});
