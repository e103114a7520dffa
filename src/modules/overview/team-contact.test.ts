import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { customerEmail } from '../../../tests/support/timeline.ts';

// Who on the team was last in touch stays on a customer's page when the customer wrote last: their
// last contact says they reached out, the team's last contact says who answered before, and when.

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const newPerson = async (fields: Record<string, unknown>): Promise<string> =>
  (await ws.api.post('/people', fields)).body.id;

/** A contact logged by a member (by the admin unless another member's client is given). */
const logged = async (personIds: string[], fields: Record<string, unknown>, api = ws.api) => {
  const response = await api.post('/activities', { personIds, direction: 'outbound', ...fields });
  expect(response.status).toBe(201);
  return response.body as { id: string; version: number };
};

/** A contact in which the customer acted (an e-mail received): no member is its actor. */
const fromCustomer = (personId: string, occurredAt: string) =>
  customerEmail(server.db, ws, personId, occurredAt);

const personContacts = async (personId: string) => {
  const { lastContact, lastTeamContact } = (await ws.api.get(`/people/${personId}/overview`)).body;
  return { lastContact, lastTeamContact };
};
const companyContacts = async (companyId: string) => {
  const { lastContact, lastTeamContact } = (await ws.api.get(`/companies/${companyId}/overview`)).body;
  return { lastContact, lastTeamContact };
};

describe('the team’s last contact with a person', () => {
  it('is the last contact when a member acted in it, and the one before when the customer did', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const personId = await newPerson({ firstName: 'Wanda', lastName: 'Writer', ownerId: rep.id });
    await fromCustomer(personId, '2026-03-01T09:00:00Z');
    expect(await personContacts(personId)).toEqual({
      lastContact: { at: '2026-03-01T09:00:00.000Z', by: null },
      lastTeamContact: null,
    });

    const call = await logged([personId], { type: 'call', occurredAt: '2026-03-02T09:00:00Z' }, rep.api);
    await logged([personId], { type: 'note', body: 'Later, but no contact' });
    const byRep = { at: '2026-03-02T09:00:00.000Z', by: { id: rep.id, name: 'sales person' } };
    expect(await personContacts(personId)).toEqual({ lastContact: byRep, lastTeamContact: byRep });

    await fromCustomer(personId, '2026-03-05T09:00:00Z');
    expect(await personContacts(personId)).toEqual({
      lastContact: { at: '2026-03-05T09:00:00.000Z', by: null },
      lastTeamContact: byRep,
    });

    // Deleted, the call no longer counts: nobody on the team has been in touch.
    const gone = await rep.api.delete(`/activities/${call.id}`, { 'if-match': `"${call.version}"` });
    expect(gone.status).toBe(204);
    expect((await personContacts(personId)).lastTeamContact).toBeNull();
  });
});

describe('the team’s last contact with a company', () => {
  it('looks in its people’s histories while they worked there, and in its own', async () => {
    const acme = (await ws.api.post('/companies', { name: 'Answering Acme' })).body;
    const staff = await newPerson({ firstName: 'Sam', lastName: 'Staff', companyId: acme.id });
    const formerId = await newPerson({ firstName: 'Fay', lastName: 'Former' });
    const left = await ws.api.post(`/people/${formerId}/employments`, {
      companyId: acme.id,
      startedOn: '2020-01-01',
      endedOn: '2024-12-31',
    });
    expect(left.status).toBe(201);

    await logged([formerId], { type: 'call', occurredAt: '2024-06-01T09:00:00Z' });
    await fromCustomer(staff, '2024-07-01T09:00:00Z');
    const admin = { id: ws.admin.id, name: 'Ada Admin' };
    expect(await companyContacts(acme.id)).toEqual({
      lastContact: { at: '2024-07-01T09:00:00.000Z', by: null, person: { id: staff, name: 'Sam Staff' } },
      lastTeamContact: {
        at: '2024-06-01T09:00:00.000Z',
        by: admin,
        person: { id: formerId, name: 'Fay Former' },
      },
    });

    // A call with someone in their next job is not the company's.
    await logged([formerId], { type: 'call', occurredAt: '2025-06-01T09:00:00Z' });
    await fromCustomer(staff, '2025-07-01T09:00:00Z');
    expect((await companyContacts(acme.id)).lastTeamContact.at).toBe('2024-06-01T09:00:00.000Z');

    // A call to the switchboard, logged on the company naming nobody, is the team's when later.
    const switchboard = await ws.api.post('/activities', {
      type: 'call',
      direction: 'outbound',
      companyId: acme.id,
      personIds: [],
      occurredAt: '2025-01-15T09:00:00Z',
    });
    expect(switchboard.status).toBe(201);
    expect(await companyContacts(acme.id)).toEqual({
      lastContact: { at: '2025-07-01T09:00:00.000Z', by: null, person: { id: staff, name: 'Sam Staff' } },
      lastTeamContact: { at: '2025-01-15T09:00:00.000Z', by: admin },
    });

    // A member's contact last: it is both.
    await logged([staff], { type: 'meeting', occurredAt: '2025-08-01T09:00:00Z' });
    const both = { at: '2025-08-01T09:00:00.000Z', by: admin, person: { id: staff, name: 'Sam Staff' } };
    expect(await companyContacts(acme.id)).toEqual({ lastContact: both, lastTeamContact: both });
  });
});
