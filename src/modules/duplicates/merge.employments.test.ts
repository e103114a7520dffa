import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

interface Employment {
  id: string;
  companyId: string;
  companyName: string;
  role: string | null;
  startedOn: string | null;
  endedOn: string | null;
  primary: boolean;
  createdAt: string;
  version: number;
}

/** A person's employments as the Companies card lists them (GET /people/{id}/overview). */
async function employmentsOf(api: ApiClient, personId: string): Promise<Employment[]> {
  const overview = await api.get(`/people/${personId}/overview`);
  expect(overview.status).toBe(200);
  const listed = await api.get(`/people/${personId}/employments`);
  expect(listed.body.data).toEqual(overview.body.employments);
  return [...overview.body.employments].sort((a: Employment, b: Employment) => a.id.localeCompare(b.id));
}

/** What a person sees of an employment; its version moves on with every change, undo included. */
const seen = ({ version: _, updatedAt: __, ...rest }: Employment & { updatedAt?: string }) => rest;

async function employ(api: ApiClient, personId: string, body: Record<string, unknown>) {
  const added = await api.post(`/people/${personId}/employments`, body);
  expect(added.status).toBe(201);
  return added.body as Employment;
}

async function company(name: string) {
  return (await ws.api.post('/companies', { name })).body as { id: string };
}

describe('merging people who worked at the same company', () => {
  it('leaves one employment there, primary, with what each knew; undo brings both back as they were', async () => {
    const bednar = await company('Bednar, Cummings and Veum');
    const hoeger = await company('Hoeger LLC');
    const keep = (await ws.api.post('/people', { firstName: 'Kaela', lastName: 'Stracke' })).body;
    const gone = (await ws.api.post('/people', { firstName: 'Kaela', lastName: 'Stracke' })).body;
    const current = await employ(ws.api, keep.id, {
      companyId: bednar.id,
      role: 'Account Manager',
      startedOn: '2021-03-01',
      primary: true,
    });
    const earlier = await employ(ws.api, gone.id, {
      companyId: bednar.id,
      role: 'Sales Lead',
      startedOn: '2018-06-01',
      endedOn: '2020-12-31',
      primary: true,
    });
    const advisor = await employ(ws.api, gone.id, {
      companyId: hoeger.id,
      role: 'Advisor',
      startedOn: '2015-01-01',
      endedOn: '2017-05-31',
    });
    const keptBefore = await employmentsOf(ws.api, keep.id);
    const goneBefore = await employmentsOf(ws.api, gone.id);

    const merge = await ws.api.post(`/people/${keep.id}/merge`, { mergedId: gone.id });
    expect(merge.status).toBe(201);
    const after = await employmentsOf(ws.api, keep.id);
    expect(after.map(seen)).toEqual(
      [
        {
          ...seen(current),
          startedOn: '2018-06-01',
          endedOn: null,
          primary: true,
        },
        { ...seen(advisor), personId: keep.id, primary: false },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(after.filter((e) => e.primary)).toHaveLength(1);
    expect((await ws.api.get(`/people/${keep.id}`)).body.companyId).toBe(bednar.id);

    // The fold is in the audit trail: the employment folded away, and the one kept widened.
    const removed = (await ws.api.get(`/audit-log?recordId=${earlier.id}`)).body.data;
    expect(removed[0]).toMatchObject({ objectType: 'employment', action: 'deleted' });
    const widened = (await ws.api.get(`/audit-log?recordId=${current.id}`)).body.data;
    expect(widened[0]).toMatchObject({ objectType: 'employment', action: 'updated' });

    expect((await ws.api.post(`/merges/${merge.body.id}/undo`)).status).toBe(200);
    expect((await employmentsOf(ws.api, keep.id)).map(seen)).toEqual(keptBefore.map(seen));
    // Folded away and put back whole, version included; only moved back, its version moved on.
    const goneAfter = await employmentsOf(ws.api, gone.id);
    expect(goneAfter.map(seen)).toEqual(goneBefore.map(seen));
    expect(goneAfter.find((e) => e.id === earlier.id)).toEqual(goneBefore.find((e) => e.id === earlier.id));
    expect((await ws.api.get(`/people/${gone.id}`)).body.companyId).toBe(bednar.id);
  });

  it('takes the other role when the survivor had none, and the latest end when neither is current', async () => {
    const acme = await company('Acme Fold');
    const keep = (await ws.api.post('/people', { lastName: 'Roleless' })).body;
    const gone = (await ws.api.post('/people', { lastName: 'Roleless' })).body;
    const own = await employ(ws.api, keep.id, {
      companyId: acme.id,
      startedOn: '2019-01-01',
      endedOn: '2019-12-31',
    });
    await employ(ws.api, gone.id, {
      companyId: acme.id,
      role: 'Engineer',
      startedOn: '2020-01-01',
      endedOn: '2022-06-30',
    });
    expect((await ws.api.post(`/people/${keep.id}/merge`, { mergedId: gone.id })).status).toBe(201);
    const after = await employmentsOf(ws.api, keep.id);
    expect(after.map(seen)).toEqual([
      { ...seen(own), role: 'Engineer', startedOn: '2019-01-01', endedOn: '2022-06-30', primary: false },
    ]);
  });
});

describe('merging companies a person worked at both', () => {
  it('leaves that person one employment at the company kept, primary; undo puts both back', async () => {
    const keep = await company('Bednar, Cummings and Veum');
    const gone = await company('Bednar Cummings & Veum');
    const person = (await ws.api.post('/people', { lastName: 'Both' })).body;
    const other = (await ws.api.post('/people', { lastName: 'Only gone', companyId: gone.id })).body;
    const buyer = await employ(ws.api, person.id, {
      companyId: keep.id,
      role: 'Buyer',
      startedOn: '2019-01-01',
      primary: true,
    });
    await employ(ws.api, person.id, {
      companyId: gone.id,
      role: 'Head of Purchasing',
      startedOn: '2016-01-01',
      endedOn: '2018-12-31',
    });
    const before = await employmentsOf(ws.api, person.id);
    const otherBefore = await employmentsOf(ws.api, other.id);

    const merge = await ws.api.post(`/companies/${keep.id}/merge`, { mergedId: gone.id });
    expect(merge.status).toBe(201);
    expect((await employmentsOf(ws.api, person.id)).map(seen)).toEqual([
      { ...seen(buyer), startedOn: '2016-01-01', endedOn: null, primary: true },
    ]);
    expect((await employmentsOf(ws.api, other.id)).map(seen)).toEqual(
      otherBefore.map((e) => ({ ...seen(e), companyId: keep.id, companyName: 'Bednar, Cummings and Veum' })),
    );

    expect((await ws.api.post(`/merges/${merge.body.id}/undo`)).status).toBe(200);
    expect((await employmentsOf(ws.api, person.id)).map(seen)).toEqual(before.map(seen));
    expect((await employmentsOf(ws.api, other.id)).map(seen)).toEqual(otherBefore.map(seen));
  });
});
