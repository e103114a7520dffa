import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { deriveTimelineUntil } from '../../../tests/support/timeline.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

describe('orders', () => {
  it('upserts by externalId, totals the lines, and computes the margin from product costs', async () => {
    const person = (await ws.api.post('/people', { lastName: 'Buyer' })).body;
    await ws.api.post('/products', { sku: 'MUG', name: 'Mug', unitPrice: 12, unitCost: 4, currency: 'EUR' });
    const order = {
      externalId: 'shop-1',
      personId: person.id,
      orderedAt: '2026-03-01T10:00:00Z',
      currency: 'EUR',
      lines: [
        { sku: 'MUG', quantity: 2, unitPrice: 12 },
        { sku: 'POSTER', quantity: 1, unitPrice: 5.5, unitCost: 1.25 },
      ],
    };
    const first = await ws.api.post('/orders', order);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ total: 29.5, margin: 29.5 - 8 - 1.25 });
    expect(first.body.lines[0]).toMatchObject({ sku: 'MUG', unitCost: 4, productId: expect.any(String) });
    const again = await ws.api.post('/orders', { ...order, status: 'paid' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.status).toBe('paid');
    const wrongTotal = await ws.api.post('/orders', { ...order, externalId: 'shop-2', total: 30 });
    expect(wrongTotal.status).toBe(400);
    expect(wrongTotal.body.errors[0]).toEqual({ path: '/total', message: 'The lines add up to 29.50.' });
    expect((await ws.api.get(`/orders?personId=${person.id}`)).body.data).toHaveLength(1);
  });
});

describe('deals and tickets', () => {
  it('creates deals in the default pipeline and closes them with won or lost stages', async () => {
    const deal = (await ws.api.post('/deals', { name: 'Big one', amount: 1000 })).body;
    expect(deal).toMatchObject({
      status: 'open',
      stage: { name: 'Qualification', probability: 10 },
      currency: 'USD',
    });
    const pipelines = (await ws.api.get('/pipelines')).body.data;
    const won = pipelines[0].stages.find((s: { outcome: string }) => s.outcome === 'won');
    const closed = await ws.api.patch(`/deals/${deal.id}`, { stageId: won.id });
    expect(closed.body).toMatchObject({ status: 'won', closedAt: expect.any(String) });
    const other = (
      await ws.api.post('/pipelines', {
        name: 'Other',
        stages: [{ name: 'Open', probability: 50, outcome: 'open' }],
      })
    ).body;
    expect((await ws.api.patch(`/deals/${deal.id}`, { stageId: other.stages[0].id })).status).toBe(400);
  });

  it('names who asked a ticket, and no longer once their record is deleted', async () => {
    const asker = (await ws.api.post('/people', { firstName: 'Ask', lastName: 'Er' })).body;
    const ticket = (await ws.api.post('/tickets', { subject: 'Question', requesterId: asker.id })).body;
    expect(ticket.requester).toEqual({ id: asker.id, name: 'Ask Er' });
    expect((await ws.api.post('/tickets', { subject: 'Anonymous' })).body.requester).toBeNull();
    expect((await ws.api.delete(`/people/${asker.id}`)).status).toBe(204);
    const after = (await ws.api.get(`/tickets/${ticket.id}`)).body;
    expect(after).toMatchObject({ requesterId: asker.id, requester: null });
  });

  it('numbers tickets per workspace and records when they are solved', async () => {
    const t1 = (await ws.api.post('/tickets', { subject: 'First' })).body;
    const t2 = (await ws.api.post('/tickets', { subject: 'Second' })).body;
    expect(t2.number).toBe(t1.number + 1);
    const solved = await ws.api.patch(`/tickets/${t1.id}`, { status: 'solved' });
    expect(solved.body.solvedAt).toEqual(expect.any(String));
    const reopened = await ws.api.patch(`/tickets/${t1.id}`, { status: 'open' });
    expect(reopened.body.solvedAt).toBeNull();
    const elsewhere = await buildWorkspace(server, 'Numbers');
    expect((await elsewhere.api.post('/tickets', { subject: 'Own count' })).body.number).toBe(1);
  });
});

describe('customer 360', () => {
  it('shows a person with companies, open deals, tickets, orders, revenue, last contact and history', async () => {
    const acme = (await ws.api.post('/companies', { name: 'Acme' })).body;
    const globex = (await ws.api.post('/companies', { name: 'Globex' })).body;
    const person = (
      await ws.api.post('/people', {
        firstName: 'Cara',
        lastName: 'Customer',
        companyId: acme.id,
        jobTitle: 'CTO',
      })
    ).body;
    const added = await ws.api.post(`/people/${person.id}/employments`, {
      companyId: globex.id,
      role: 'Advisor',
      startedOn: '2025-01-01',
    });
    expect(added.status).toBe(201);
    await ws.api.post('/deals', { name: 'Renewal', amount: 500, personIds: [person.id], companyId: acme.id });
    await ws.api.post('/tickets', { subject: 'Broken', requesterId: person.id });
    await ws.api.post('/orders', {
      externalId: 'cara-1',
      personId: person.id,
      orderedAt: '2026-02-01T00:00:00Z',
      currency: 'EUR',
      lines: [{ sku: 'A', quantity: 1, unitPrice: 100, unitCost: 60 }],
    });
    await ws.api.post('/activities', {
      type: 'call',
      direction: 'outbound',
      subject: 'Check-in',
      personIds: [person.id],
    });
    const overviewOf = () => ws.api.get(`/people/${person.id}/overview`);
    // The order's and the ticket's entries are derived from their changes; the call is written as is.
    await deriveTimelineUntil(server.db, async () => (await overviewOf()).body.timeline.data.length === 3);

    const overview = await overviewOf();
    expect(overview.status).toBe(200);
    const o = overview.body;
    expect(o.person.company).toEqual({ id: acme.id, name: 'Acme' });
    expect(
      o.employments.map((e: { companyName: string; primary: boolean }) => [e.companyName, e.primary]).sort(),
    ).toEqual([
      ['Acme', true],
      ['Globex', false],
    ]);
    expect(o.openDeals.map((d: { name: string }) => d.name)).toEqual(['Renewal']);
    expect(o.tickets.map((t: { subject: string }) => t.subject)).toEqual(['Broken']);
    expect(o.orders).toMatchObject({
      count: 1,
      byCurrency: [{ currency: 'EUR', orders: 1, revenue: 100, margin: 40 }],
    });
    expect(o.lastContact.by).toEqual({ id: ws.admin.id, name: 'Ada Admin' });
    const types = o.timeline.data.map((a: { type: string }) => a.type).sort();
    expect(types).toEqual(['call', 'order', 'ticket']);
  });

  it('leaves out the sections the role may not read', async () => {
    const marketer = await buildMember(server, ws, 'marketing');
    const person = (await ws.api.post('/people', { lastName: 'Private' })).body;
    const view = await marketer.api.get(`/people/${person.id}/overview`);
    expect(view.status).toBe(200);
    expect(view.body.tickets).toBeUndefined();
    expect(view.body.openDeals).toEqual([]);
  });
});

describe('account 360', () => {
  it('shows a company with its open deals, its people’s tickets, orders, revenue and last contact', async () => {
    const acme = (await ws.api.post('/companies', { name: 'Acme Tools' })).body;
    const other = (await ws.api.post('/companies', { name: 'Elsewhere' })).body;
    const staff = (await ws.api.post('/people', { lastName: 'Staff', companyId: acme.id })).body;
    const formerId = (await ws.api.post('/people', { firstName: 'Fern', lastName: 'Former' })).body.id;
    const left = await ws.api.post(`/people/${formerId}/employments`, {
      companyId: acme.id,
      startedOn: '2020-01-01',
      endedOn: '2024-12-31',
    });
    expect(left.status).toBe(201);
    const outsider = (await ws.api.post('/people', { lastName: 'Outsider', companyId: other.id })).body;

    await ws.api.post('/deals', { name: 'Acme renewal', amount: 900, companyId: acme.id });
    const lost = (await ws.api.post('/deals', { name: 'Acme lost', amount: 50, companyId: acme.id })).body;
    const stages = (await ws.api.get('/pipelines')).body.data[0].stages;
    const lostStage = stages.find((s: { outcome: string }) => s.outcome === 'lost');
    expect((await ws.api.patch(`/deals/${lost.id}`, { stageId: lostStage.id })).status).toBe(200);
    await ws.api.post('/deals', { name: 'Not theirs', amount: 10, companyId: other.id });

    await ws.api.post('/tickets', { subject: 'From staff', requesterId: staff.id });
    await ws.api.post('/tickets', { subject: 'From former', requesterId: formerId });
    await ws.api.post('/tickets', { subject: 'From outsider', requesterId: outsider.id });

    const order = (externalId: string, currency: string, unitPrice: number, more: object = {}) =>
      ws.api.post('/orders', {
        externalId,
        companyId: acme.id,
        personId: staff.id,
        orderedAt: '2026-05-01T00:00:00Z',
        currency,
        lines: [{ sku: `KIT-${currency}`, quantity: 2, unitPrice, unitCost: unitPrice / 2 }],
        ...more,
      });
    expect((await order('acme-1', 'EUR', 100)).status).toBe(201);
    expect((await order('acme-2', 'EUR', 50)).status).toBe(201);
    expect((await order('acme-3', 'USD', 10)).status).toBe(201);
    // A line without a cost: the USD margin is not known, rather than the whole order counted as margin.
    const uncosted = { lines: [{ sku: 'UNKNOWN', quantity: 1, unitPrice: 5 }] };
    expect((await order('acme-5', 'USD', 5, uncosted)).status).toBe(201);
    expect((await order('acme-4', 'EUR', 1000, { status: 'cancelled' })).status).toBe(201);

    const contact = (type: string, personId: string, occurredAt: string) =>
      ws.api.post('/activities', {
        type,
        direction: 'outbound',
        subject: type,
        personIds: [personId],
        occurredAt,
      });
    expect((await contact('call', formerId, '2024-06-01T09:00:00Z')).status).toBe(201);
    expect((await contact('meeting', staff.id, '2026-06-01T09:00:00Z')).status).toBe(201);
    expect((await contact('call', outsider.id, '2026-07-01T09:00:00Z')).status).toBe(201);

    const view = await ws.api.get(`/companies/${acme.id}/overview`);
    expect(view.status).toBe(200);
    const o = view.body;
    expect(o.company).toMatchObject({ id: acme.id, name: 'Acme Tools' });
    expect(o.openDeals.map((d: { name: string }) => d.name)).toEqual(['Acme renewal']);
    // Who asked each, named; a former employee's ticket is still the company's.
    const askedBy = (tickets: { subject: string; requester: unknown }[]) =>
      Object.fromEntries(tickets.map((t) => [t.subject, t.requester]));
    const expected = {
      'From staff': { id: staff.id, name: 'Staff' },
      'From former': { id: formerId, name: 'Fern Former' },
    };
    expect(askedBy(o.tickets)).toEqual(expected);
    expect(askedBy((await ws.api.get(`/tickets?companyId=${acme.id}`)).body.data)).toEqual(expected);
    expect(o.orders).toMatchObject({
      count: 4,
      lastOrderAt: '2026-05-01T00:00:00.000Z',
      byCurrency: [
        { currency: 'EUR', orders: 2, revenue: 300, margin: 150 },
        { currency: 'USD', orders: 2, revenue: 25, margin: null },
      ],
    });
    expect(o.orders.recent).toHaveLength(5);
    expect(o.lastContact).toMatchObject({
      at: '2026-06-01T09:00:00.000Z',
      by: { id: ws.admin.id, name: 'Ada Admin' },
      person: { id: staff.id, name: 'Staff' },
    });
    // Someone who left, contacted later (in their next job), is not the company's last contact.
    expect((await contact('call', formerId, '2026-07-15T09:00:00Z')).status).toBe(201);
    expect((await ws.api.get(`/companies/${acme.id}/overview`)).body.lastContact.person).toEqual({
      id: staff.id,
      name: 'Staff',
    });
    // Someone contacted while they worked there still is, after they moved on and were contacted again.
    const gil = (await ws.api.post('/people', { firstName: 'Gil', lastName: 'Mover', companyId: acme.id }))
      .body;
    expect((await contact('call', gil.id, '2026-06-20T09:00:00Z')).status).toBe(201);
    expect((await ws.api.patch(`/people/${gil.id}`, { companyId: other.id })).status).toBe(200);
    const jobs = (await ws.api.get(`/people/${gil.id}/employments`)).body.data;
    const atAcme = jobs.find((j: { companyId: string }) => j.companyId === acme.id);
    expect((await ws.api.patch(`/employments/${atAcme.id}`, { endedOn: '2026-06-30' })).status).toBe(200);
    expect((await contact('call', gil.id, '2026-07-20T09:00:00Z')).status).toBe(201);
    expect((await ws.api.get(`/companies/${acme.id}/overview`)).body.lastContact).toMatchObject({
      at: '2026-06-20T09:00:00.000Z',
      person: { id: gil.id, name: 'Gil Mover' },
    });

    const quiet = (await ws.api.post('/companies', { name: 'Quiet' })).body;
    const none = (await ws.api.get(`/companies/${quiet.id}/overview`)).body;
    expect(none).toMatchObject({ openDeals: [], tickets: [], lastContact: null });
    expect(none.orders).toMatchObject({ count: 0, lastOrderAt: null, byCurrency: [], recent: [] });

    // A call to the switchboard, logged on the company naming nobody, is its last contact when later.
    const call = async (at: string, personIds: string[] = []) =>
      ws.api.post('/activities', {
        type: 'call',
        direction: 'outbound',
        companyId: quiet.id,
        personIds,
        occurredAt: at,
      });
    expect((await call('2026-06-02T09:00:00Z')).status).toBe(201);
    await call('2026-05-01T09:00:00Z');
    await ws.api.post('/activities', { type: 'note', companyId: quiet.id, body: 'Later, but no contact' });
    const switchboard = (await ws.api.get(`/companies/${quiet.id}/overview`)).body.lastContact;
    expect(switchboard).toEqual({
      at: '2026-06-02T09:00:00.000Z',
      by: { id: ws.admin.id, name: 'Ada Admin' },
    });
    // One of its people contacted at the same time says more: with whom.
    const clerk = (await ws.api.post('/people', { lastName: 'Clerk', companyId: quiet.id })).body;
    await call('2026-06-02T09:00:00Z', [clerk.id]);
    expect((await ws.api.get(`/companies/${quiet.id}/overview`)).body.lastContact).toMatchObject({
      at: '2026-06-02T09:00:00.000Z',
      person: { id: clerk.id, name: 'Clerk' },
    });
  });

  it('leaves out the sections the role may not read, and answers 404 outside the workspace', async () => {
    const company = (await ws.api.post('/companies', { name: 'Guarded' })).body;
    const marketer = await buildMember(server, ws, 'marketing');
    const view = await marketer.api.get(`/companies/${company.id}/overview`);
    expect(view.status).toBe(200);
    expect(view.body.tickets).toBeUndefined();
    const elsewhere = await buildWorkspace(server, 'Other tenant');
    const foreign = await elsewhere.api.get(`/companies/${company.id}/overview`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.type).toMatch(/not-found/);
  });
});
