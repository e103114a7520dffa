import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

// PATCH changes only the fields sent: an absent field keeps its value, null clears it. The services
// build their updates with presentColumns(); these requests go through each of them.

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

describe('a partial update', () => {
  it('of a deal changes what is sent, keeps the rest, and clears what is null', async () => {
    const company = (await ws.api.post('/companies', { name: 'Initech' })).body;
    const deal = (
      await ws.api.post('/deals', {
        name: 'Seats',
        amount: 100,
        currency: 'EUR',
        closeDate: '2026-09-30',
        companyId: company.id,
        ownerId: ws.admin.id,
      })
    ).body;
    const renamed = await ws.api.patch(`/deals/${deal.id}`, { name: 'More seats', amount: 250 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: 'More seats',
      amount: 250,
      currency: 'EUR',
      closeDate: '2026-09-30',
      companyId: company.id,
      ownerId: ws.admin.id,
      version: deal.version + 1,
    });
    const cleared = await ws.api.patch(`/deals/${deal.id}`, {
      closeDate: null,
      companyId: null,
      ownerId: null,
    });
    expect(cleared.body).toMatchObject({
      name: 'More seats',
      amount: 250,
      closeDate: null,
      companyId: null,
      ownerId: null,
    });
  });

  it('of a ticket', async () => {
    const person = (await ws.api.post('/people', { lastName: 'Requester' })).body;
    const ticket = (
      await ws.api.post('/tickets', { subject: 'Cannot sign in', priority: 'high', requesterId: person.id })
    ).body;
    const changed = await ws.api.patch(`/tickets/${ticket.id}`, { subject: 'Cannot sign in (SSO)' });
    expect(changed.body).toMatchObject({
      subject: 'Cannot sign in (SSO)',
      priority: 'high',
      requesterId: person.id,
    });
    const cleared = await ws.api.patch(`/tickets/${ticket.id}`, {
      requesterId: null,
      assigneeId: ws.admin.id,
    });
    expect(cleared.body).toMatchObject({
      subject: 'Cannot sign in (SSO)',
      priority: 'high',
      requesterId: null,
      assigneeId: ws.admin.id,
    });
  });

  it('of an employment', async () => {
    const person = (await ws.api.post('/people', { lastName: 'Worker' })).body;
    const company = (await ws.api.post('/companies', { name: 'Globex' })).body;
    const employment = (
      await ws.api.post(`/people/${person.id}/employments`, {
        companyId: company.id,
        role: 'CFO',
        startedOn: '2024-03-01',
      })
    ).body;
    const ended = await ws.api.patch(`/employments/${employment.id}`, { endedOn: '2026-06-30' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ role: 'CFO', startedOn: '2024-03-01', endedOn: '2026-06-30' });
    const cleared = await ws.api.patch(`/employments/${employment.id}`, { role: null });
    expect(cleared.body).toMatchObject({ role: null, startedOn: '2024-03-01', endedOn: '2026-06-30' });
  });

  it('of the workspace', async () => {
    const local = await buildWorkspace(server, 'Partial');
    const before = (await local.api.get(`/workspaces/${local.workspaceId}`)).body;
    const renamed = await local.api.patch(`/workspaces/${local.workspaceId}`, { name: 'Partial Ltd' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: 'Partial Ltd',
      defaultCountry: before.defaultCountry,
      defaultCurrency: before.defaultCurrency,
    });
    const moved = await local.api.patch(`/workspaces/${local.workspaceId}`, { defaultCountry: 'fr' });
    expect(moved.body).toMatchObject({
      name: 'Partial Ltd',
      defaultCountry: 'FR',
      defaultCurrency: before.defaultCurrency,
    });
    const currency = await local.api.patch(`/workspaces/${local.workspaceId}`, { defaultCurrency: 'EUR' });
    expect(currency.body).toMatchObject({
      name: 'Partial Ltd',
      defaultCountry: 'FR',
      defaultCurrency: 'EUR',
    });
  });

  it('of a custom field, a saved view and a team', async () => {
    const field = (
      await ws.api.post('/custom-fields', {
        objectType: 'people',
        label: 'Shoe size',
        type: 'number',
        required: true,
      })
    ).body;
    const relabelled = await ws.api.patch(`/custom-fields/${field.id}`, { label: 'Size' });
    expect(relabelled.status).toBe(200);
    expect(relabelled.body).toMatchObject({ label: 'Size', required: true, position: field.position });
    const optional = await ws.api.patch(`/custom-fields/${field.id}`, { required: false });
    expect(optional.body).toMatchObject({ label: 'Size', required: false });

    const filter = { field: 'lifecycleStage', op: 'eq', value: 'customer' };
    const view = (
      await ws.api.post('/saved-views', {
        objectType: 'people',
        name: 'Customers',
        filter,
        columns: ['name'],
        sort: '-updatedAt',
      })
    ).body;
    const unsorted = await ws.api.patch(`/saved-views/${view.id}`, { sort: null, shared: true });
    expect(unsorted.body).toMatchObject({
      name: 'Customers',
      filter,
      columns: ['name'],
      sort: null,
      shared: true,
    });

    const team = (await ws.api.post('/teams', { name: 'Inbound', description: 'EMEA' })).body;
    const renamed = await ws.api.patch(`/teams/${team.id}`, { name: 'Inbound sales' });
    expect(renamed.body).toMatchObject({ name: 'Inbound sales', description: 'EMEA' });
  });
});
