import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHeldOpen, untilSomeoneWaits } from '../../../tests/support/concurrency.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { customerEmail } from '../../../tests/support/timeline.ts';
import { ACTIVITY_TYPES, DIRECTIONS, isContact } from '../timeline/timeline.rules.ts';

// A company's last contact is kept on the company by the database (migration 0061), so its list can
// sort and filter by it. Whatever is written (a contact, a deletion, a re-dating, an employment that
// ends, a person deleted or restored, a merge and its undoing), it stays what the company's overview
// works out from the history.

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const ifMatch = (record: { version: number }) => ({ 'if-match': `"${record.version}"` });
const newCompany = async (name: string): Promise<{ id: string; version: number }> =>
  (await ws.api.post('/companies', { name })).body;
const newPerson = async (fields: Record<string, unknown>): Promise<{ id: string; version: number }> =>
  (await ws.api.post('/people', fields)).body;
const logged = async (fields: Record<string, unknown>) => {
  const response = await ws.api.post('/activities', { direction: 'outbound', ...fields });
  expect(response.status).toBe(201);
  return response.body as { id: string; version: number };
};

/** The company's kept last contact, checked against the one its overview works out. */
async function lastContacted(companyId: string): Promise<string | null> {
  const kept = (await ws.api.get(`/companies/${companyId}`)).body.lastContactedAt;
  const overview = (await ws.api.get(`/companies/${companyId}/overview`)).body;
  expect(kept, 'as the overview works it out').toBe(overview.lastContact?.at ?? null);
  return kept;
}

describe('a company’s last contact, kept on the company', () => {
  it('follows its people’s contacts while they work there, and its own history', async () => {
    const acme = await newCompany('Kept Acme');
    expect(await lastContacted(acme.id)).toBeNull();
    const sam = await newPerson({ firstName: 'Sam', lastName: 'Kept', companyId: acme.id });
    expect(await lastContacted(acme.id)).toBeNull();

    const call = await logged({ type: 'call', personIds: [sam.id], occurredAt: '2026-03-01T09:00:00Z' });
    expect(await lastContacted(acme.id)).toBe('2026-03-01T09:00:00.000Z');
    await logged({
      type: 'note',
      personIds: [sam.id],
      occurredAt: '2026-04-01T09:00:00Z',
      body: 'No contact',
    });
    expect(await lastContacted(acme.id)).toBe('2026-03-01T09:00:00.000Z');

    // The customer wrote: a contact either way.
    await customerEmail(server.db, ws, sam.id, '2026-03-10T09:00:00Z');
    expect(await lastContacted(acme.id)).toBe('2026-03-10T09:00:00.000Z');

    // A call to the switchboard, naming nobody, later still.
    const switchboard = await logged({
      type: 'call',
      companyId: acme.id,
      personIds: [],
      occurredAt: '2026-03-20T09:00:00Z',
    });
    expect(await lastContacted(acme.id)).toBe('2026-03-20T09:00:00.000Z');

    // Re-dated earlier, then deleted: the one before comes back each time.
    const redated = await ws.api.patch(
      `/activities/${switchboard.id}`,
      { occurredAt: '2026-02-01T09:00:00Z' },
      ifMatch(switchboard),
    );
    expect(redated.status).toBe(200);
    expect(await lastContacted(acme.id)).toBe('2026-03-10T09:00:00.000Z');
    expect((await ws.api.delete(`/activities/${switchboard.id}`, ifMatch(redated.body))).status).toBe(204);
    expect(await lastContacted(acme.id)).toBe('2026-03-10T09:00:00.000Z');
    expect((await ws.api.delete(`/activities/${call.id}`, ifMatch(call))).status).toBe(204);
    expect(await lastContacted(acme.id)).toBe('2026-03-10T09:00:00.000Z');

    // Uma's only contact, logged on no company, is the company's while it is the latest; deleted, she
    // has none left, and the company's is worked out again.
    const uma = await newPerson({ firstName: 'Uma', lastName: 'Kept', companyId: acme.id });
    const only = await logged({
      type: 'call',
      personIds: [uma.id],
      companyId: null,
      occurredAt: '2026-04-15T09:00:00Z',
    });
    expect(await lastContacted(acme.id)).toBe('2026-04-15T09:00:00.000Z');
    expect((await ws.api.delete(`/activities/${only.id}`, ifMatch(only))).status).toBe(204);
    expect(await lastContacted(acme.id)).toBe('2026-03-10T09:00:00.000Z');

    // A call with Ted logged on no company (only his own history holds it) counts while he is there:
    // deleted, his contacts leave with him; restored, they come back.
    const ted = await newPerson({ firstName: 'Ted', lastName: 'Kept', companyId: acme.id });
    await logged({ type: 'call', personIds: [ted.id], companyId: null, occurredAt: '2026-05-01T09:00:00Z' });
    expect(await lastContacted(acme.id)).toBe('2026-05-01T09:00:00.000Z');
    const tedNow = (await ws.api.get(`/people/${ted.id}`)).body;
    expect((await ws.api.delete(`/people/${ted.id}`, ifMatch(tedNow))).status).toBe(204);
    expect(await lastContacted(acme.id)).toBe('2026-03-10T09:00:00.000Z');
    expect((await ws.api.post(`/people/${ted.id}/restore`, {})).status).toBe(200);
    expect(await lastContacted(acme.id)).toBe('2026-05-01T09:00:00.000Z');
  });

  it('leaves out a contact after someone left, from when their employment ends', async () => {
    const acme = await newCompany('Left Acme');
    const fay = await newPerson({ firstName: 'Fay', lastName: 'Left' });
    const job = await ws.api.post(`/people/${fay.id}/employments`, {
      companyId: acme.id,
      startedOn: '2020-01-01',
    });
    expect(job.status).toBe(201);
    await logged({ type: 'call', personIds: [fay.id], companyId: null, occurredAt: '2025-06-01T09:00:00Z' });
    expect(await lastContacted(acme.id)).toBe('2025-06-01T09:00:00.000Z');

    // She left before that call: it was in her next job.
    const ended = await ws.api.patch(
      `/employments/${job.body.id}`,
      { endedOn: '2024-12-31' },
      ifMatch(job.body),
    );
    expect(ended.status).toBe(200);
    expect(await lastContacted(acme.id)).toBeNull();
    await logged({
      type: 'meeting',
      personIds: [fay.id],
      companyId: null,
      occurredAt: '2024-06-01T09:00:00Z',
    });
    // Her last contact is still the later call, after she left: the company's is worked out again.
    expect(await lastContacted(acme.id)).toBeNull();

    // Taken back as current, the call is the company's again; the employment removed, nothing is.
    const current = await ws.api.patch(`/employments/${job.body.id}`, { endedOn: null }, ifMatch(ended.body));
    expect(await lastContacted(acme.id)).toBe('2025-06-01T09:00:00.000Z');
    expect((await ws.api.delete(`/employments/${job.body.id}`, ifMatch(current.body))).status).toBe(204);
    expect(await lastContacted(acme.id)).toBeNull();
  });

  it('takes the later of both when two companies merge, and gives each its own back when undone', async () => {
    const keep = await newCompany('Merge Keep');
    const gone = await newCompany('Merge Gone');
    await logged({ type: 'call', companyId: keep.id, personIds: [], occurredAt: '2026-01-01T09:00:00Z' });
    const ann = await newPerson({ firstName: 'Ann', lastName: 'Gone', companyId: gone.id });
    await logged({ type: 'email', personIds: [ann.id], occurredAt: '2026-02-01T09:00:00Z' });
    expect(await lastContacted(keep.id)).toBe('2026-01-01T09:00:00.000Z');

    const merge = await ws.api.post(`/companies/${keep.id}/merge`, { mergedId: gone.id });
    expect(merge.status).toBe(201);
    expect(await lastContacted(keep.id)).toBe('2026-02-01T09:00:00.000Z');

    expect((await ws.api.post(`/merges/${merge.body.id}/undo`, {})).status).toBe(200);
    expect(await lastContacted(keep.id)).toBe('2026-01-01T09:00:00.000Z');
    expect(await lastContacted(gone.id)).toBe('2026-02-01T09:00:00.000Z');
  });

  it('is sorted and filtered by in the list, never contacted as the oldest', async () => {
    const names = ['Sorted Never', 'Sorted Old', 'Sorted New'];
    const [never, old, recent] = await Promise.all(names.map(newCompany));
    if (!never || !old || !recent) throw new Error('companies not created');
    await logged({ type: 'call', companyId: old.id, personIds: [], occurredAt: '2025-01-01T09:00:00Z' });
    await logged({ type: 'call', companyId: recent.id, personIds: [], occurredAt: '2026-06-01T09:00:00Z' });
    const encoded = (f: unknown) => encodeURIComponent(JSON.stringify(f));
    const sorted = { field: 'name', op: 'startsWith', value: 'Sorted ' };
    /** The three, two to a page, as the list pages them. */
    const list = async (sort: string, condition?: unknown) => {
      const query = `sort=${sort}&limit=2&filter=${encoded(condition ? { and: [sorted, condition] } : sorted)}`;
      const page = await ws.api.get(`/companies?${query}`);
      expect(page.status).toBe(200);
      const more = page.body.nextCursor
        ? (await ws.api.get(`/companies?${query}&cursor=${page.body.nextCursor}`)).body.data
        : [];
      return [...page.body.data, ...more].map((c: { name: string }) => c.name);
    };
    expect(await list('lastContactedAt')).toEqual(names);
    expect(await list('-lastContactedAt')).toEqual([...names].reverse());
    const before2026 = { field: 'lastContactedAt', op: 'lt', value: '2026-01-01T00:00:00Z' };
    expect(await list('name', before2026)).toEqual(['Sorted Old']);
    expect(await list('name', { field: 'lastContactedAt', op: 'isEmpty' })).toEqual(['Sorted Never']);
    expect(
      await list('name', { field: 'lastContactedAt', op: 'gte', value: '2025-01-01T09:00:00Z' }),
    ).toEqual(['Sorted New', 'Sorted Old']);
    const spring = ['2026-03-01T00:00:00Z', '2026-06-30T00:00:00Z'];
    expect(await list('name', { field: 'lastContactedAt', op: 'between', value: spring })).toEqual([
      'Sorted New',
    ]);
    expect(await list('name', { not: { field: 'lastContactedAt', op: 'between', value: spring } })).toEqual([
      'Sorted Never',
      'Sorted Old',
    ]);
  });
});

describe('what counts as a contact', () => {
  it('is the same in the database’s triggers as in the code', async () => {
    const rows = await sql<{ type: string; direction: string | null; counts: boolean }>`
      SELECT t AS type, d AS direction, rapport_is_contact(t, d) AS counts
      FROM unnest(${[...ACTIVITY_TYPES]}::text[]) AS t
      CROSS JOIN unnest(${[...DIRECTIONS, null]}::text[]) AS d`.execute(server.db.kysely);
    expect(rows.rows).toHaveLength(ACTIVITY_TYPES.length * (DIRECTIONS.length + 1));
    for (const row of rows.rows)
      expect(row.counts, `${row.type} ${row.direction}`).toBe(
        isContact(row.type as (typeof ACTIVITY_TYPES)[number], row.direction as never),
      );
  });
});

describe('a company’s last contact, written by two transactions at once', () => {
  it('is worked out after a contact committing meanwhile, not from what was there before it', async () => {
    const acme = await newCompany('Racing Acme');
    const rae = await newPerson({ firstName: 'Rae', lastName: 'Racing', companyId: acme.id });
    await logged({ type: 'call', personIds: [rae.id], occurredAt: '2026-01-01T09:00:00Z' });
    const switchboard = await logged({
      type: 'call',
      companyId: acme.id,
      personIds: [],
      occurredAt: '2026-02-01T09:00:00Z',
    });
    expect(await lastContacted(acme.id)).toBe('2026-02-01T09:00:00.000Z');

    // A call with Rae is logged and not yet committed: the company's row is raised and locked.
    const call = await callHeldOpen(server.db, ws, rae.id, '2026-03-01T09:00:00Z');
    // Meanwhile the switchboard call is deleted: the company's last contact is worked out again.
    const deleted = ws.api.delete(`/activities/${switchboard.id}`, ifMatch(switchboard));
    await untilSomeoneWaits(server.db);
    call.commit();
    await call.committed;
    expect((await deleted).status).toBe(204);
    expect(await lastContacted(acme.id)).toBe('2026-03-01T09:00:00.000Z');
  });
});
