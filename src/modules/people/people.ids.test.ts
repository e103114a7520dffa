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

  itKeepsTheIdsSelectionRules({
    path: '/people',
    create: async (api, name) =>
      (await api.post('/people', { firstName: name, lastName: 'Ids' })).body.id as string,
    name: (p) => p.firstName,
    context: () => ({ server, ws }),
  });
});
