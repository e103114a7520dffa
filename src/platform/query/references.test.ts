import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let stranger: { id: string };
let gone: { id: string };
let person: { id: string };
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
  other = await buildWorkspace(server, 'Elsewhere');
  stranger = (await other.api.post('/people', { firstName: 'Not', lastName: 'Ours' })).body;
  gone = (await ws.api.post('/companies', { name: 'Gone Inc' })).body;
  await ws.api.delete(`/companies/${gone.id}`);
  person = (await ws.api.post('/people', { firstName: 'Ours', lastName: 'Truly' })).body;
});
afterAll(() => server.stop());

// Each record that points at people, companies or members names every wrong id, in the body's order.
describe('ids that point at nothing usable in the workspace', () => {
  it('a deal: a deleted company, another workspace’s person, a member of another workspace', async () => {
    const response = await ws.api.post('/deals', {
      name: 'Dangling',
      companyId: gone.id,
      personIds: [person.id, stranger.id],
      ownerId: other.admin.id,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: '/companyId', message: 'No such company.' },
      { path: '/personIds/1', message: 'No such person.' },
      { path: '/ownerId', message: 'No such active member of the workspace.' },
    ]);
  });

  it('an order and a ticket', async () => {
    const order = await ws.api.post('/orders', {
      externalId: 'dangling-1',
      personId: stranger.id,
      companyId: gone.id,
      orderedAt: '2026-01-05T10:00:00Z',
      currency: 'EUR',
      lines: [{ sku: 'WIDGET', description: 'Widget', quantity: 1, unitPrice: 10 }],
    });
    expect(order.status).toBe(400);
    expect(order.body.errors).toEqual([
      { path: '/personId', message: 'No such person.' },
      { path: '/companyId', message: 'No such company.' },
    ]);
    const ticket = await ws.api.post('/tickets', {
      subject: 'Dangling',
      requesterId: stranger.id,
      assigneeId: other.admin.id,
    });
    expect(ticket.status).toBe(400);
    expect(ticket.body.errors).toEqual([
      { path: '/requesterId', message: 'No such person.' },
      { path: '/assigneeId', message: 'No such active member of the workspace.' },
    ]);
  });

  it('an employment, a parent company and a bulk change of owner', async () => {
    const employment = await ws.api.post(`/people/${person.id}/employments`, { companyId: gone.id });
    expect(employment.status).toBe(400);
    expect(employment.body.errors).toEqual([{ path: '/companyId', message: 'No such company.' }]);
    const theirs = (await other.api.post('/companies', { name: 'Theirs Ltd' })).body;
    const subsidiary = await ws.api.post('/companies', { name: 'Subsidiary', parentId: theirs.id });
    expect(subsidiary.status).toBe(400);
    expect(subsidiary.body.errors).toEqual([{ path: '/parentId', message: 'No such company.' }]);
    const bulk = await ws.api.post('/people/bulk', {
      ids: [person.id],
      action: { type: 'setOwner', ownerId: other.admin.id },
    });
    expect(bulk.status).toBe(400);
    expect(bulk.body.errors).toEqual([
      { path: '/action/ownerId', message: 'No such active member of the workspace.' },
    ]);
  });

  it('the same ids that do resolve are accepted', async () => {
    const deal = await ws.api.post('/deals', { name: 'Fine', personIds: [person.id], ownerId: ws.admin.id });
    expect(deal.status).toBe(201);
    const ticket = await ws.api.post('/tickets', { subject: 'Fine', requesterId: person.id });
    expect(ticket.status).toBe(201);
  });
});
