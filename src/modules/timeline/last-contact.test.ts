import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHeldOpen, untilSomeoneWaits } from '../../../tests/support/concurrency.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { customerEmail } from '../../../tests/support/timeline.ts';
import { inWorkspace } from '../../platform/db/transaction.ts';
import { ACTIVITY_TYPES, DIRECTIONS, isContact } from './timeline.rules.ts';
import { refreshLastContact } from './timeline.service.ts';

// A person's last contact is what the history says it is: it moves forward with each contact logged,
// and is worked out again when one is deleted or re-dated.

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const newPerson = async (lastName: string): Promise<string> =>
  (await ws.api.post('/people', { lastName })).body.id;
const log = async (personId: string, fields: Record<string, unknown>, api = ws.api) => {
  const response = await api.post('/activities', { personIds: [personId], ...fields });
  expect(response.status).toBe(201);
  return response.body as { id: string; version: number };
};
const lastContact = async (personId: string) =>
  (await ws.api.get(`/people/${personId}/overview`)).body.lastContact as {
    at: string;
    by: { id: string; name: string } | null;
  } | null;
const ifMatch = (entry: { version: number }) => ({ 'if-match': `"${entry.version}"` });
const personRecord = async (personId: string) =>
  (await ws.api.get(`/people/${personId}`)).body as {
    lastContactedAt: string | null;
    lastContactedBy: string | null;
    version: number;
  };

describe('a person’s last contact', () => {
  it('counts what isContact counts, in SQL as in TypeScript', async () => {
    for (const type of ['email', 'call', 'meeting', 'chat', 'note', 'other'] as const) {
      for (const direction of [...DIRECTIONS, null]) {
        const personId = await newPerson(`${type} ${direction}`);
        const entry = await log(personId, { type, direction, occurredAt: '2026-01-01T10:00:00Z' });
        const expected = isContact(type, direction);
        expect((await lastContact(personId))?.at ?? null, `${type} ${direction}`).toBe(
          expected ? '2026-01-01T10:00:00.000Z' : null,
        );
        // Deleting it works the last contact out again (in SQL) from nothing: none.
        expect((await ws.api.delete(`/activities/${entry.id}`, ifMatch(entry))).status).toBe(204);
        expect(await lastContact(personId)).toBeNull();
        // And re-logged, a second one, re-dated, says it again the SQL way.
        const again = await log(personId, { type, direction, occurredAt: '2026-01-01T10:00:00Z' });
        await ws.api.patch(`/activities/${again.id}`, { occurredAt: '2026-02-01T10:00:00Z' }, ifMatch(again));
        expect((await lastContact(personId))?.at ?? null, `${type} ${direction} re-dated`).toBe(
          expected ? '2026-02-01T10:00:00.000Z' : null,
        );
      }
    }
    expect(ACTIVITY_TYPES).toContain('meeting');
  });

  it('falls back to the contact before when the latest is deleted, and to none after the last', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const personId = await newPerson('Fallback');
    await log(personId, { type: 'call', direction: 'outbound', occurredAt: '2026-03-01T09:00:00Z' }, rep.api);
    const later = await log(personId, {
      type: 'email',
      direction: 'inbound',
      occurredAt: '2026-03-05T09:00:00Z',
    });
    expect(await lastContact(personId)).toEqual({
      at: '2026-03-05T09:00:00.000Z',
      by: { id: ws.admin.id, name: 'Ada Admin' },
    });
    const { version } = await personRecord(personId);
    expect((await ws.api.delete(`/activities/${later.id}`, ifMatch(later))).status).toBe(204);
    expect(await lastContact(personId)).toEqual({
      at: '2026-03-01T09:00:00.000Z',
      by: { id: rep.id, name: 'sales person' },
    });
    // Derived columns: the record says the same, and nobody's If-Match on the person goes stale.
    expect(await personRecord(personId)).toMatchObject({
      lastContactedAt: '2026-03-01T09:00:00.000Z',
      lastContactedBy: rep.id,
      version,
    });
    // A note deleted changes nothing.
    const note = await log(personId, { type: 'note', body: 'x' });
    await ws.api.delete(`/activities/${note.id}`, ifMatch(note));
    expect((await lastContact(personId))?.at).toBe('2026-03-01T09:00:00.000Z');
    const timeline = (await ws.api.get(`/people/${personId}/timeline`)).body.data as {
      id: string;
      version: number;
    }[];
    for (const entry of timeline) await ws.api.delete(`/activities/${entry.id}`, ifMatch(entry));
    expect(await lastContact(personId)).toBeNull();
    expect(await personRecord(personId)).toMatchObject({
      lastContactedAt: null,
      lastContactedBy: null,
      version,
    });
  });

  it('works it out for each person a deleted contact names, from their own contacts', async () => {
    const [one, other] = [await newPerson('One'), await newPerson('Other')];
    await log(one, { type: 'call', direction: 'inbound', occurredAt: '2026-05-01T09:00:00Z' });
    await log(other, { type: 'chat', direction: 'outbound', occurredAt: '2026-05-02T09:00:00Z' });
    const both = await ws.api.post('/activities', {
      type: 'meeting',
      personIds: [one, other],
      occurredAt: '2026-05-09T09:00:00Z',
    });
    expect((await personRecord(one)).lastContactedAt).toBe('2026-05-09T09:00:00.000Z');
    await ws.api.delete(`/activities/${both.body.id}`, ifMatch(both.body));
    expect((await personRecord(one)).lastContactedAt).toBe('2026-05-01T09:00:00.000Z');
    expect((await personRecord(other)).lastContactedAt).toBe('2026-05-02T09:00:00.000Z');
  });

  it('follows a contact re-dated earlier than another, and one re-dated later', async () => {
    const personId = await newPerson('Re-dated');
    const first = await log(personId, { type: 'meeting', occurredAt: '2026-04-01T09:00:00Z' });
    const second = await log(personId, {
      type: 'call',
      direction: 'outbound',
      occurredAt: '2026-04-03T09:00:00Z',
    });
    expect((await lastContact(personId))?.at).toBe('2026-04-03T09:00:00.000Z');
    // The call happened before the meeting after all: the meeting is the last contact.
    await ws.api.patch(`/activities/${second.id}`, { occurredAt: '2026-03-30T09:00:00Z' }, ifMatch(second));
    expect((await lastContact(personId))?.at).toBe('2026-04-01T09:00:00.000Z');
    // And the meeting moved later still.
    await ws.api.patch(`/activities/${first.id}`, { occurredAt: '2026-04-10T09:00:00Z' }, ifMatch(first));
    expect((await lastContact(personId))?.at).toBe('2026-04-10T09:00:00.000Z');
    // An internal meeting is no contact.
    const internal = await newPerson('Internal');
    await log(internal, { type: 'meeting', direction: 'internal' });
    expect(await lastContact(internal)).toBeNull();
  });
});

describe('who is credited with it', () => {
  it('is the member who acted in the latest contact, or nobody when the customer reached out', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const personId = await newPerson('Wrote in');
    await log(personId, { type: 'call', direction: 'outbound', occurredAt: '2026-07-01T09:00:00Z' }, rep.api);
    const wrote = await customerEmail(server.db, ws, personId, '2026-07-02T09:00:00Z');
    expect(await lastContact(personId)).toEqual({ at: '2026-07-02T09:00:00.000Z', by: null });
    // Worked out again from the history, the same rule says the same.
    const note = await log(personId, { type: 'meeting', occurredAt: '2026-07-03T09:00:00Z' });
    await ws.api.delete(`/activities/${note.id}`, ifMatch(note));
    expect(await lastContact(personId)).toEqual({ at: '2026-07-02T09:00:00.000Z', by: null });
    expect(wrote.actor_user_id).toBeNull();

    // Lists filter on it: whom a member was last in touch with, and whose last contact was their own.
    const filtered = async (filter: unknown) =>
      (
        await ws.api.get(`/people?limit=100&filter=${encodeURIComponent(JSON.stringify(filter))}`)
      ).body.data.map((p: { id: string }) => p.id);
    const reachedOut = {
      and: [
        { field: 'lastContactedAt', op: 'isNotEmpty' },
        { field: 'lastContactedBy', op: 'isEmpty' },
      ],
    };
    expect(await filtered(reachedOut)).toContain(personId);
    expect(await filtered({ field: 'lastContactedBy', op: 'eq', value: rep.id })).not.toContain(personId);
    await log(personId, { type: 'call', direction: 'outbound', occurredAt: '2026-07-04T09:00:00Z' }, rep.api);
    expect(await filtered({ field: 'lastContactedBy', op: 'eq', value: rep.id })).toEqual([personId]);
    expect(await filtered(reachedOut)).not.toContain(personId);
  });

  it('goes to the later of two contacts at the same time, whether logged or worked out again', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const personId = await newPerson('Same time');
    const at = '2026-08-01T09:00:00Z';
    await log(personId, { type: 'call', direction: 'outbound', occurredAt: at });
    await log(personId, { type: 'email', direction: 'outbound', occurredAt: at }, rep.api);
    expect((await lastContact(personId))?.by?.id).toBe(rep.id);
    const extra = await log(personId, {
      type: 'call',
      direction: 'outbound',
      occurredAt: '2026-08-02T09:00:00Z',
    });
    await ws.api.delete(`/activities/${extra.id}`, ifMatch(extra));
    expect((await lastContact(personId))?.by?.id).toBe(rep.id);
  });

  it('at the same time as one whose id sorts later (drawn in the same millisecond), stays with that one', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const personId = await newPerson('Same millisecond');
    const at = '2026-08-10T09:00:00Z';
    const first = await log(personId, { type: 'call', direction: 'outbound', occurredAt: at });
    // The rep's e-mail at that time, with the greatest id there is: as two entries logged in one
    // millisecond may have their random bits in either order.
    const context = {
      workspaceId: ws.workspaceId,
      actor: { type: 'user' as const, id: rep.id },
      via: 'api' as const,
    };
    await inWorkspace(server.db, context, async (tx) => {
      await sql`
        INSERT INTO activities
        SELECT (jsonb_populate_record(a, jsonb_build_object(
          'id', 'ffffffff-ffff-7fff-bfff-ffffffffffff', 'type', 'email', 'actor_user_id', ${rep.id}::uuid))).*
        FROM activities a WHERE a.workspace_id = ${ws.workspaceId} AND a.id = ${first.id}`.execute(tx);
      await sql`
        INSERT INTO activity_people (workspace_id, activity_id, person_id, occurred_at)
        VALUES (${ws.workspaceId}, 'ffffffff-ffff-7fff-bfff-ffffffffffff', ${personId}, ${at})`.execute(tx);
      await refreshLastContact(tx, ws.workspaceId, [personId]);
    });
    expect((await lastContact(personId))?.by?.id).toBe(rep.id);
    // A third at that same time, logged now with a lesser id: the history still says the rep's e-mail,
    // and a contact logged says what the history says.
    await log(personId, { type: 'meeting', occurredAt: at });
    expect((await lastContact(personId))?.by?.id).toBe(rep.id);
    // Later, it is the latest whatever its id.
    await log(personId, { type: 'meeting', occurredAt: '2026-08-10T09:00:00.001Z' });
    expect((await lastContact(personId))?.by?.id).toBe(ws.admin.id);
  });
});

describe('a merge', () => {
  it('gives the person kept the later last contact of the two, and an undo gives each its own back', async () => {
    const rep = await buildMember(server, ws, 'sales');
    const [kept, merged] = [await newPerson('Kept'), await newPerson('Merged')];
    await log(kept, { type: 'call', direction: 'outbound', occurredAt: '2026-09-01T09:00:00Z' });
    await log(merged, { type: 'email', direction: 'outbound', occurredAt: '2026-09-05T09:00:00Z' }, rep.api);
    const merge = await ws.api.post(`/people/${kept}/merge`, { mergedId: merged });
    expect(merge.status).toBe(201);
    expect(await lastContact(kept)).toEqual({
      at: '2026-09-05T09:00:00.000Z',
      by: { id: rep.id, name: 'sales person' },
    });
    expect((await ws.api.post(`/merges/${merge.body.id}/undo`)).status).toBe(200);
    expect(await lastContact(kept)).toEqual({
      at: '2026-09-01T09:00:00.000Z',
      by: { id: ws.admin.id, name: 'Ada Admin' },
    });
    expect((await lastContact(merged))?.at).toBe('2026-09-05T09:00:00.000Z');
  });
});

describe('a note corrected', () => {
  it('tells the colleagues it now mentions, once, and not those it mentioned before', async () => {
    const before = await buildMember(server, ws, 'sales');
    const anew = await buildMember(server, ws, 'support');
    const personId = await newPerson('Mentions');
    const mention = (member: { id: string }) => `<span data-mention="${member.id}">@x</span>`;
    const note = await log(personId, { type: 'note', bodyHtml: `<p>Ask ${mention(before)}</p>` });
    const edited = await ws.api.patch(
      `/activities/${note.id}`,
      { bodyHtml: `<p>Ask ${mention(before)} and ${mention(anew)}</p>` },
      ifMatch(note),
    );
    expect(edited.status).toBe(200);
    // Saved again unchanged: nobody is told twice.
    await ws.api.patch(
      `/activities/${note.id}`,
      { bodyHtml: `<p>Ask ${mention(before)} and ${mention(anew)}</p>` },
      ifMatch(edited.body),
    );
    expect((await before.api.get('/notifications')).body.unread).toBe(1);
    const told = (await anew.api.get('/notifications')).body;
    expect(told.unread).toBe(1);
    expect(told.data[0]).toMatchObject({ kind: 'mention', recordType: 'person', recordId: personId });
  });
});

describe('a person’s last contact, written by two transactions at once', () => {
  it('is worked out after a contact committing meanwhile, not from what was there before it', async () => {
    const personId = await newPerson('Racing');
    await log(personId, { type: 'call', direction: 'outbound', occurredAt: '2026-01-01T09:00:00Z' });
    const latest = await log(personId, {
      type: 'call',
      direction: 'outbound',
      occurredAt: '2026-02-01T09:00:00Z',
    });
    // A later call is logged and not yet committed: the person's row is moved forward and locked.
    const call = await callHeldOpen(server.db, ws, personId, '2026-03-01T09:00:00Z');
    // Meanwhile the February call is deleted: their last contact is worked out again.
    const deleted = ws.api.delete(`/activities/${latest.id}`, ifMatch(latest));
    await untilSomeoneWaits(server.db);
    call.commit();
    await call.committed;
    expect((await deleted).status).toBe(204);
    expect((await lastContact(personId))?.at).toBe('2026-03-01T09:00:00.000Z');
  });
});
