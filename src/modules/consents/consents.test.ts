import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../../tests/support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { deriveTimelineUntil } from '../../../tests/support/timeline.ts';
import { deriveTimeline } from '../timeline/index.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const newPerson = async (lastName: string, api = ws.api) =>
  (await api.post('/people', { lastName })).body as { id: string };
const record = (personId: string, body: Json, api = ws.api) => api.post(`/people/${personId}/consents`, body);
const states = (body: Json) =>
  body.current.map((s: Json) => `${s.purpose}/${s.channel}: ${s.status}${s.viaAny ? ' (any)' : ''}`);

describe('the consent ledger of a person', () => {
  it('records events and derives the current state per purpose and channel', async () => {
    const person = await newPerson('Ledger');
    const granted = await record(person.id, {
      purpose: 'newsletter',
      channel: 'email',
      status: 'granted',
      source: 'form',
      evidence: 'https://example.com/signup: "Send me the newsletter"',
      occurredAt: '2026-01-10T09:00:00Z',
    });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({
      personId: person.id,
      purpose: 'newsletter',
      channel: 'email',
      status: 'granted',
      lawfulBasis: 'consent',
      source: 'form',
      occurredAt: '2026-01-10T09:00:00.000Z',
      recordedBy: ws.admin.id,
    });
    await record(person.id, { purpose: 'newsletter', channel: 'sms', status: 'granted' });
    await record(person.id, {
      purpose: 'marketing',
      channel: 'phone',
      status: 'granted',
      lawfulBasis: 'legitimate_interest',
    });
    // Recorded later, but said earlier than the e-mail grant: it does not undo it.
    await record(person.id, {
      purpose: 'newsletter',
      channel: 'email',
      status: 'withdrawn',
      occurredAt: '2025-12-01T00:00:00Z',
    });
    const ledger = await ws.api.get(`/people/${person.id}/consents`);
    expect(ledger.status).toBe(200);
    expect(states(ledger.body)).toEqual([
      'marketing/phone: granted',
      'newsletter/email: granted',
      'newsletter/sms: granted',
    ]);
    expect(ledger.body.current[1]).toMatchObject({
      since: '2026-01-10T09:00:00.000Z',
      source: 'form',
      eventId: granted.body.id,
    });
    expect(ledger.body.current[0].lawfulBasis).toBe('legitimate_interest');
    const times = ledger.body.history.map((e: Json) => e.occurredAt);
    expect(ledger.body.history).toHaveLength(4);
    expect(times).toEqual([...times].sort().reverse());

    await record(person.id, { purpose: 'newsletter', channel: 'any', status: 'withdrawn', source: 'mail' });
    expect(states((await ws.api.get(`/people/${person.id}/consents`)).body)).toEqual([
      'marketing/phone: granted',
      'newsletter/email: withdrawn (any)',
      'newsletter/sms: withdrawn (any)',
      'newsletter/any: withdrawn',
    ]);
  });

  it('answers 400 naming the fields to what the ledger cannot take, 404 to an unknown person, 400 to unknown fields', async () => {
    const person = await newPerson('Refused');
    const bad = await record(person.id, {
      purpose: 'News letter',
      channel: 'fax',
      status: 'granted',
      evidence: 'x'.repeat(2001),
      occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(bad.body.errors.map((e: Json) => e.path)).toEqual([
      '/purpose',
      '/channel',
      '/evidence',
      '/occurredAt',
    ]);
    expect(
      (await record(person.id, { purpose: 'newsletter', channel: 'email', status: 'maybe' })).status,
    ).toBe(400);
    const ghost = await record('01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f', {
      purpose: 'newsletter',
      channel: 'email',
      status: 'granted',
    });
    expect(ghost.status).toBe(404);
    expect((await ws.api.get('/people/01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f/consents')).status).toBe(404);
    expect(
      (await record(person.id, { purpose: 'newsletter', channel: 'email', status: 'granted', note: 'x' }))
        .status,
    ).toBe(400);
    expect((await ws.api.get(`/people/${person.id}/consents`)).body.history).toEqual([]);
  });

  it('lets every role read, and only who may change the person record', async () => {
    const viewer = await buildMember(server, ws, 'viewer');
    const rep = await buildMember(server, ws, 'sales');
    const theirs = await newPerson('Not the rep’s');
    const own = await newPerson('The rep’s', rep.api);
    const event = { purpose: 'newsletter', channel: 'email', status: 'granted' };
    expect((await viewer.api.get(`/people/${theirs.id}/consents`)).status).toBe(200);
    expect((await record(theirs.id, event, viewer.api)).status).toBe(403);
    expect((await record(theirs.id, event, rep.api)).status).toBe(403);
    expect((await record(own.id, event, rep.api)).status).toBe(201);
    expect((await viewer.api.get('/me')).body.permissions.consents).toEqual({
      read: 'all',
      create: 'none',
      update: 'none',
      delete: 'none',
    });
  });
});

describe('the ledger is append-only', () => {
  it('refuses to change or remove an event, even for the owner, but lets a merge move it', async () => {
    const person = await newPerson('Kept');
    const other = await newPerson('Other');
    const event = (await record(person.id, { purpose: 'profiling', channel: 'any', status: 'withdrawn' }))
      .body;
    const db = server.db.kysely;
    await expect(
      sql`UPDATE consent_events SET status = 'granted' WHERE id = ${event.id}`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`UPDATE consent_events SET person_id = ${other.id}, evidence = 'forged' WHERE id = ${event.id}`.execute(
        db,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM consent_events WHERE id = ${event.id}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    const asRequest = db.connection().execute(async (conn) => {
      await sql`BEGIN`.execute(conn);
      try {
        await sql`SET LOCAL ROLE rapport_app`.execute(conn);
        await sql`SELECT set_config('app.workspace_id', ${ws.workspaceId}, true)`.execute(conn);
        await sql`DELETE FROM consent_events WHERE id = ${event.id}`.execute(conn);
      } finally {
        await sql`ROLLBACK`.execute(conn);
      }
    });
    await expect(asRequest).rejects.toThrow(/permission denied/);
    await sql`UPDATE consent_events SET person_id = ${other.id} WHERE id = ${event.id}`.execute(db);
    await sql`UPDATE consent_events SET person_id = ${person.id} WHERE id = ${event.id}`.execute(db);
    const history = (await ws.api.get(`/people/${person.id}/consents`)).body.history;
    expect(history).toEqual([expect.objectContaining({ id: event.id, status: 'withdrawn', evidence: null })]);
  });

  it('keeps both people’s consents through a merge, and gives them back on undo', async () => {
    const keep = await newPerson('Keep');
    const gone = await newPerson('Gone');
    await record(keep.id, {
      purpose: 'newsletter',
      channel: 'email',
      status: 'granted',
      occurredAt: '2026-01-01T00:00:00Z',
    });
    const later = (
      await record(gone.id, {
        purpose: 'newsletter',
        channel: 'email',
        status: 'withdrawn',
        occurredAt: '2026-02-01T00:00:00Z',
      })
    ).body;
    await record(gone.id, { purpose: 'marketing', channel: 'sms', status: 'granted' });

    const merge = await ws.api.post(`/people/${keep.id}/merge`, { mergedId: gone.id });
    expect(merge.status).toBe(201);
    const merged = (await ws.api.get(`/people/${keep.id}/consents`)).body;
    expect(merged.history).toHaveLength(3);
    // The latest word wins, whoever of the two said it.
    expect(states(merged)).toEqual(['marketing/sms: granted', 'newsletter/email: withdrawn']);
    expect(merged.current[1].eventId).toBe(later.id);

    expect((await ws.api.post(`/merges/${merge.body.id}/undo`)).status).toBe(200);
    expect(states((await ws.api.get(`/people/${keep.id}/consents`)).body)).toEqual([
      'newsletter/email: granted',
    ]);
    const back = (await ws.api.get(`/people/${gone.id}/consents`)).body;
    expect(back.history).toHaveLength(2);
    expect(states(back)).toEqual(['marketing/sms: granted', 'newsletter/email: withdrawn']);
  });
});

describe('who holds a consent', () => {
  it('lists people by their current state for a purpose and channel, page by page', async () => {
    const local = await buildWorkspace(server, 'Holders');
    const people: string[] = [];
    for (let i = 0; i < 5; i++) people.push((await newPerson(`Holder ${i}`, local.api)).id);
    const [a, b, c, d, e] = people as [string, string, string, string, string];
    for (const id of [a, b, c])
      await record(id, { purpose: 'newsletter', channel: 'email', status: 'granted' }, local.api);
    await record(d, { purpose: 'newsletter', channel: 'any', status: 'granted' }, local.api);
    await record(c, { purpose: 'newsletter', channel: 'any', status: 'withdrawn' }, local.api);
    await record(e, { purpose: 'marketing', channel: 'email', status: 'granted' }, local.api);

    const seen: Json[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/consents?purpose=newsletter&channel=email&status=granted&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await local.api.get(query);
      expect(page.status).toBe(200);
      seen.push(...page.body.data);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((h) => h.personId)).toEqual([a, b, d].sort());
    expect(seen.find((h) => h.personId === d)).toMatchObject({ viaAny: true, personName: 'Holder 3' });
    const withdrawn = await local.api.get('/consents?purpose=newsletter&channel=email&status=withdrawn');
    expect(withdrawn.body.data.map((h: Json) => h.personId)).toEqual([c]);
    expect((await local.api.get('/consents?purpose=newsletter&channel=any')).body.data).toHaveLength(2);
    expect((await local.api.get('/consents?purpose=newsletter&channel=email&cursor=nope')).status).toBe(400);
    // Another workspace sees none of them.
    expect((await ws.api.get('/consents?purpose=newsletter&channel=email')).text).not.toContain(a);
  });
});

describe('the contact history', () => {
  it('shows each consent event once, when it happened', async () => {
    const person = await newPerson('Historic');
    await record(person.id, {
      purpose: 'newsletter',
      channel: 'email',
      status: 'granted',
      occurredAt: '2026-03-01T10:00:00Z',
    });
    await record(person.id, { purpose: 'marketing', channel: 'any', status: 'withdrawn' });
    const consents = () => ws.api.get(`/people/${person.id}/timeline?type=consent`);
    await deriveTimelineUntil(server.db, async () => (await consents()).body.data.length === 2);
    await deriveTimeline(server.db);
    const history = await consents();
    expect(history.body.data.map((a: Json) => [a.subject, a.channel])).toEqual([
      ['Consent withdrawn: marketing on any channel', 'system'],
      ['Consent granted: newsletter by email', 'system'],
    ]);
    expect(history.body.data[1].occurredAt).toBe('2026-03-01T10:00:00.000Z');
  });
});
