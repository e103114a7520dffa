import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse, Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { itKeepsTheIdsSelectionRules } from '../../../tests/support/ids-selection.ts';
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

  itKeepsTheIdsSelectionRules({
    path: '/companies',
    create: (api, name) => company(name, {}, api),
    name: (c) => c.name,
    context: () => ({ server, ws }),
  });
});
