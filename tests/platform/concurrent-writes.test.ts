import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildWorkspace, type TestWorkspace } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

// Writes that read a record, decide, then write it (the If-Match check, custom fields merged key by
// key) hold the record until they commit: two at once cannot both pass the check, nor one overwrite
// the other's keys. On the embedded database requests take turns anyway; on a server they truly race.

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const AT_ONCE = 8;

describe('concurrent writes to one record', () => {
  const kinds: Array<
    [string, () => Promise<{ id: string; version: number }>, (i: number) => Record<string, unknown>]
  > = [
    [
      'people',
      async () => (await ws.api.post('/people', { lastName: 'Race' })).body,
      (i) => ({ jobTitle: `T${i}` }),
    ],
    [
      'companies',
      async () => (await ws.api.post('/companies', { name: 'Race' })).body,
      (i) => ({ industry: `I${i}` }),
    ],
    ['deals', async () => (await ws.api.post('/deals', { name: 'Race' })).body, (i) => ({ name: `D${i}` })],
    ['tasks', async () => (await ws.api.post('/tasks', { title: 'Race' })).body, (i) => ({ title: `T${i}` })],
    [
      'tickets',
      async () => (await ws.api.post('/tickets', { subject: 'Race' })).body,
      (i) => ({ subject: `S${i}` }),
    ],
    [
      'users',
      async () => (await buildMember(server, ws, 'sales')).user,
      (i) => ({ role: i % 2 ? 'support' : 'manager' }),
    ],
  ];
  for (const [kind, create, change] of kinds) {
    it(`lets one of ${AT_ONCE} updates of the same version of a ${kind} record through`, async () => {
      const record = await create();
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE }, (_, i) =>
          ws.api.patch(`/${kind}/${record.id}`, change(i), { 'if-match': `"${record.version}"` }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(AT_ONCE - 1).fill(412)]);
      const after = await ws.api.get(`/${kind}/${record.id}`);
      expect(after.body.version).toBe(record.version + 1);
    });
  }

  it(`lets one of ${AT_ONCE} updates of the same version of an employment through`, async () => {
    const person = (await ws.api.post('/people', { lastName: 'Worker' })).body;
    const company = (await ws.api.post('/companies', { name: 'Employer' })).body;
    const employment = (
      await ws.api.post(`/people/${person.id}/employments`, { companyId: company.id, role: 'Buyer' })
    ).body;
    expect(employment.version).toBe(1);
    const answers = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, i) =>
        ws.api.patch(`/employments/${employment.id}`, { role: `R${i}` }, { 'if-match': '"1"' }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(AT_ONCE - 1).fill(412)]);
  });

  it('keeps every custom field of updates that each set their own', async () => {
    const keys = Array.from({ length: AT_ONCE }, (_, i) => `raceField${i}`);
    for (const key of keys)
      expect(
        (await ws.api.post('/custom-fields', { objectType: 'people', label: key, key, type: 'text' })).status,
      ).toBe(201);
    const person = (await ws.api.post('/people', { lastName: 'Fields' })).body;
    const answers = await Promise.all(
      keys.map((key) => ws.api.patch(`/people/${person.id}`, { customFields: { [key]: 'set' } })),
    );
    expect(answers.map((a) => a.status)).toEqual(keys.map(() => 200));
    const after = await ws.api.get(`/people/${person.id}`);
    expect(after.body.customFields).toEqual(Object.fromEntries(keys.map((key) => [key, 'set'])));
    expect(after.body.version).toBe(1 + AT_ONCE);
  });
});
