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

const countsOf = (body: { moves: { kind: string; count: number }[] }) =>
  Object.fromEntries(body.moves.map((m) => [m.kind, m.count]));

describe('the merge preview', () => {
  it('counts what would land on the person kept, leaving out what both share and what is deleted', async () => {
    const acme = (await ws.api.post('/companies', { name: 'Preview Co' })).body;
    const other = (await ws.api.post('/companies', { name: 'Elsewhere Ltd' })).body;
    const keep = (await ws.api.post('/people', { firstName: 'Ada', lastName: 'Lovelace' })).body;
    const gone = (await ws.api.post('/people', { firstName: 'Ada', lastName: 'Lovelace (2)' })).body;
    await ws.api.post(`/people/${keep.id}/employments`, { companyId: acme.id });
    await ws.api.post(`/people/${gone.id}/employments`, { companyId: acme.id });
    await ws.api.post(`/people/${gone.id}/employments`, { companyId: other.id });
    await ws.api.post('/activities', { type: 'meeting', subject: 'Both', personIds: [keep.id, gone.id] });
    await ws.api.post('/activities', { type: 'call', subject: 'Gone 1', personIds: [gone.id] });
    await ws.api.post('/activities', { type: 'note', body: 'Gone 2', personIds: [gone.id] });
    const deleted = (await ws.api.post('/activities', { type: 'call', subject: 'X', personIds: [gone.id] }))
      .body;
    expect((await ws.api.delete(`/activities/${deleted.id}`)).status).toBe(204);
    await ws.api.post('/deals', { name: 'Shared deal', personIds: [keep.id, gone.id] });
    await ws.api.post('/deals', { name: 'Own deal', personIds: [gone.id] });
    await ws.api.post('/tickets', { subject: 'Broken', requesterId: gone.id });
    await ws.api.post('/orders', {
      externalId: 'preview-1',
      personId: gone.id,
      orderedAt: '2026-01-01T00:00:00Z',
      currency: 'EUR',
      lines: [{ sku: 'X', quantity: 1, unitPrice: 10 }],
    });
    for (const channel of ['email', 'sms'])
      await ws.api.post(`/people/${gone.id}/consents`, { purpose: 'newsletter', channel, status: 'granted' });
    await ws.api.post('/tasks', { title: 'Call Ada', personId: gone.id });

    const preview = await ws.api.get(`/people/${keep.id}/merge-preview?mergedId=${gone.id}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ survivorId: keep.id, mergedId: gone.id });
    expect(countsOf(preview.body)).toEqual({
      activities: 2,
      deals: 1,
      tickets: 1,
      orders: 1,
      consents: 2,
      tasks: 1,
      employments: 1,
    });
    // The other way round, the kept one has little of its own to bring.
    const back = await ws.api.get(`/people/${gone.id}/merge-preview?mergedId=${keep.id}`);
    expect(countsOf(back.body)).toEqual({
      activities: 0,
      deals: 0,
      tickets: 0,
      orders: 0,
      consents: 0,
      tasks: 0,
      employments: 0,
    });
  });

  it('counts a company’s people, subsidiaries, deals and history', async () => {
    const keep = (await ws.api.post('/companies', { name: 'Keep Preview' })).body;
    const gone = (await ws.api.post('/companies', { name: 'Keep Preview Inc' })).body;
    await ws.api.post('/companies', { name: 'Preview Child', parentId: gone.id });
    await ws.api.post('/people', { lastName: 'Worker', companyId: gone.id });
    await ws.api.post('/deals', { name: 'Company deal', companyId: gone.id });
    await ws.api.post('/activities', { type: 'call', subject: 'Company call', companyId: gone.id });
    const preview = await ws.api.get(`/companies/${keep.id}/merge-preview?mergedId=${gone.id}`);
    expect(preview.status).toBe(200);
    expect(countsOf(preview.body)).toMatchObject({
      people: 1,
      subsidiaries: 1,
      deals: 1,
      activities: 1,
      orders: 0,
      tasks: 0,
    });
  });

  it('is for whoever may read both records, and for no one else', async () => {
    const a = (await ws.api.post('/people', { lastName: 'Readable' })).body;
    const b = (await ws.api.post('/people', { lastName: 'Readable too' })).body;
    const viewer = await buildMember(server, ws, 'viewer');
    expect((await viewer.api.get(`/people/${a.id}/merge-preview?mergedId=${b.id}`)).status).toBe(200);
    const elsewhere = await buildWorkspace(server, 'Elsewhere');
    const theirs = (await elsewhere.api.post('/people', { lastName: 'Theirs' })).body;
    expect((await ws.api.get(`/people/${a.id}/merge-preview?mergedId=${theirs.id}`)).status).toBe(404);
    expect((await elsewhere.api.get(`/people/${a.id}/merge-preview?mergedId=${b.id}`)).status).toBe(404);
    await ws.api.delete(`/people/${b.id}`);
    expect((await ws.api.get(`/people/${a.id}/merge-preview?mergedId=${b.id}`)).status).toBe(404);
    expect((await ws.api.get(`/people/${a.id}/merge-preview?mergedId=${a.id}`)).status).toBe(400);
    expect((await server.anonymous.get(`/people/${a.id}/merge-preview?mergedId=${b.id}`)).status).toBe(401);
  });
});
