import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, PASSWORD, signIn, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { AUDITED_OBJECT_TYPES } from './audit.present.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

describe('the audit trail', () => {
  it('records who changed which field, when and through what', async () => {
    const session = await signIn(server, ws.admin.email, PASSWORD);
    const team = await session.post(
      '/teams',
      { name: 'Audited', description: 'first' },
      { 'x-request-id': 'req-audit-1' },
    );
    await ws.api.patch(`/teams/${team.body.id}`, { description: 'second' });
    await ws.api.delete(`/teams/${team.body.id}`);
    const history = await ws.api.get(`/audit-log?recordId=${team.body.id}`);
    expect(history.status).toBe(200);
    const [deleted, updated, created] = history.body.data;
    expect(created).toMatchObject({
      objectType: 'team',
      action: 'created',
      via: 'ui',
      requestId: 'req-audit-1',
      actor: { type: 'user', id: ws.admin.id, name: 'Ada Admin' },
      changes: { name: { before: null, after: 'Audited' }, description: { before: null, after: 'first' } },
    });
    expect(updated).toMatchObject({
      action: 'updated',
      via: 'api',
      changes: { description: { before: 'first', after: 'second' } },
    });
    expect(Object.keys(updated.changes)).toEqual(['description']);
    expect(deleted).toMatchObject({
      action: 'deleted',
      changes: { name: { before: 'Audited', after: null } },
    });
    expect((await ws.api.get(`/audit-log/${created.id}`)).body).toEqual(created);
  });

  it('names the record in every entry, even an update that did not touch the name', async () => {
    const person = (
      await ws.api.post('/people', { firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' })
    ).body;
    const patched = await ws.api.patch(`/people/${person.id}`, { phone: '+1 202 555 0143' });
    expect(patched.status).toBe(200);
    const [updated, created] = (await ws.api.get(`/audit-log?recordId=${person.id}`)).body.data;
    expect(updated).toMatchObject({ objectType: 'person', action: 'updated', recordLabel: 'Grace Hopper' });
    expect(Object.keys(updated.changes)).toEqual(['phones']);
    expect(created).toMatchObject({ action: 'created', recordLabel: 'Grace Hopper' });

    // A record without a name goes by its e-mail; a deleted one by what it was called.
    const unnamed = (await ws.api.post('/people', { email: 'nobody@navy.example' })).body;
    await ws.api.patch(`/people/${unnamed.id}`, { jobTitle: 'Clerk' });
    const [clerk] = (await ws.api.get(`/audit-log?recordId=${unnamed.id}`)).body.data;
    expect(clerk).toMatchObject({ action: 'updated', recordLabel: 'nobody@navy.example' });
    const team = (await ws.api.post('/teams', { name: 'Short-lived' })).body;
    await ws.api.delete(`/teams/${team.id}`);
    const [deleted] = (await ws.api.get(`/audit-log?recordId=${team.id}`)).body.data;
    expect(deleted).toMatchObject({ action: 'deleted', recordLabel: 'Short-lived' });
  });

  it('masks secrets and records the CLI as the path of workspace creation', async () => {
    const all = await ws.api.get('/audit-log?limit=200');
    const token = all.body.data.find(
      (e: { objectType: string; action: string }) => e.objectType === 'apiToken' && e.action === 'created',
    );
    expect(token.changes.secret).toEqual({ before: null, after: '[redacted]' });
    expect(JSON.stringify(all.body)).not.toMatch(/\\\\x[0-9a-f]{20}/);
    const workspace = all.body.data.find((e: { objectType: string }) => e.objectType === 'workspace');
    expect(workspace).toMatchObject({ action: 'created', via: 'cli', recordId: ws.workspaceId });
  });

  it('filters by object type, action, actor and time, newest first', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const teams = await ws.api.get(
      `/audit-log?objectType=team&action=created&actorId=${ws.admin.id}&since=${since}`,
    );
    expect(teams.body.data.length).toBeGreaterThan(0);
    for (const entry of teams.body.data)
      expect(entry).toMatchObject({ objectType: 'team', action: 'created' });
    const ids = teams.body.data.map((e: { id: string }) => Number(e.id));
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    expect((await ws.api.get('/audit-log?until=2000-01-01T00:00:00Z')).body.data).toEqual([]);
  });
});

describe('the kinds of record the trail names', () => {
  it('are every table the database audits, as the API names them, and nothing else', async () => {
    // Each audited table has a capture trigger whose first argument is the kind it records.
    const { rows } = await sql<{ kind: string }>`
      SELECT DISTINCT convert_from(substring(tgargs FROM 1 FOR position('\\x00'::bytea IN tgargs) - 1), 'UTF8') AS kind
      FROM pg_trigger WHERE tgname = 'capture_inserts'`.execute(server.db.kysely);
    const camel = (kind: string) => kind.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
    expect(rows.map((r) => camel(r.kind)).sort()).toEqual([...AUDITED_OBJECT_TYPES].sort());
  });

  it('is all a filter by kind takes: another is a clear error', async () => {
    const wrong = await ws.api.get('/audit-log?objectType=spaceship');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ path: '/query/objectType' });
    const consents = await ws.api.get('/audit-log?objectType=consentEvent');
    expect(consents.status).toBe(200);
  });
});

describe('what an entry tells a reader besides ids', () => {
  it('names the companies and people its changes point at, as they are called now', async () => {
    const acme = (await ws.api.post('/companies', { name: 'Acme Audit' })).body;
    const person = (await ws.api.post('/people', { lastName: 'Named' })).body;
    await ws.api.patch(`/people/${person.id}`, { companyId: acme.id });
    await ws.api.patch(`/companies/${acme.id}`, { name: 'Acme Audited' });
    const [moved] = (await ws.api.get(`/audit-log?recordId=${person.id}`)).body.data;
    expect(moved.changes.companyId).toEqual({ before: null, after: acme.id });
    expect(moved.names).toEqual({ [acme.id]: 'Acme Audited' });
    expect((await ws.api.get(`/audit-log/${moved.id}`)).body.names).toEqual({ [acme.id]: 'Acme Audited' });
    expect(moved).toMatchObject({ import: null, merge: null, tie: null });
  });

  it('says whose job an employment’s entry is about, when it changed only the role', async () => {
    const globex = (await ws.api.post('/companies', { name: 'Globex Audit' })).body;
    const bob = (await ws.api.post('/people', { firstName: 'Bob', lastName: 'Tied' })).body;
    const job = (await ws.api.post(`/people/${bob.id}/employments`, { companyId: globex.id, role: 'CTO' }))
      .body;
    expect((await ws.api.patch(`/employments/${job.id}`, { role: 'CEO' })).status).toBe(200);
    const [promoted, created] = (await ws.api.get(`/audit-log?recordId=${job.id}`)).body.data;
    expect(Object.keys(promoted.changes)).toEqual(['role']);
    const tie = { personId: bob.id, companyId: globex.id };
    const names = { [bob.id]: 'Bob Tied', [globex.id]: 'Globex Audit' };
    expect(promoted).toMatchObject({ action: 'updated', tie, names });
    expect(created).toMatchObject({ action: 'created', tie, names });
    expect((await ws.api.get(`/audit-log/${promoted.id}`)).body).toEqual(promoted);

    // Removed, the employment still ties them, as its deletion's entry kept it: every entry says whose
    // job it was.
    expect((await ws.api.delete(`/employments/${job.id}`)).status).toBe(204);
    const entries = (await ws.api.get(`/audit-log?recordId=${job.id}`)).body.data;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['deleted', 'updated', 'created']);
    for (const entry of entries) expect(entry).toMatchObject({ tie, names });

    // A deletion written before entries kept a snapshot (0032) holds [before, after] pairs: read too.
    const old = crypto.randomUUID();
    await sql`INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, via)
      VALUES (${ws.workspaceId}, 'employment', ${old}, 'updated', '{"role": ["CTO", "CEO"]}', 'system', 'system'),
             (${ws.workspaceId}, 'employment', ${old}, 'deleted',
              ${JSON.stringify({ person_id: [bob.id, null], company_id: [globex.id, null], role: ['CEO', null] })}, 'system', 'system')`.execute(
      server.db.kysely,
    );
    const [, promotedLongAgo] = (await ws.api.get(`/audit-log?recordId=${old}`)).body.data;
    expect(promotedLongAgo).toMatchObject({ action: 'updated', tie, names });
  });

  it('says which two records a possible duplicate pairs, when it changed only its status', async () => {
    const local = await buildWorkspace(server, 'Audited pairs');
    const ann = (await local.api.post('/companies', { name: 'Ann Ltd', domain: 'ann.example' })).body;
    const twin = (await local.api.post('/companies', { name: 'Ann Limited', domain: 'ann.example' })).body;
    await local.api.post('/duplicates/scan', { objectType: 'companies' });
    const [candidate] = (await local.api.get('/duplicates?objectType=companies')).body.data;
    expect((await local.api.post(`/duplicates/${candidate.id}/dismiss`)).status).toBe(200);
    const entries = (await local.api.get('/audit-log?objectType=duplicateCandidate')).body.data;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['updated', 'created']);
    const [first, second] = [ann.id, twin.id].sort();
    const pair = { objectType: 'companies', firstId: first, secondId: second };
    const names = { [ann.id]: 'Ann Ltd', [twin.id]: 'Ann Limited' };
    for (const entry of entries) expect(entry).toMatchObject({ pair, names, tie: null });
    expect(Object.keys(entries[0].changes)).not.toContain('firstId');
    // Each company's history holds the pair's entries, newest first; its own entries pair nothing.
    for (const id of [ann.id, twin.id]) {
      const history = (await local.api.get(`/audit-log?recordId=${id}`)).body.data;
      expect(history.map((e: { objectType: string }) => e.objectType)).toEqual([
        'duplicateCandidate',
        'duplicateCandidate',
        'company',
      ]);
      expect(history[2].pair).toBeNull();
    }
    // A third company's history holds none of them.
    const other = (await local.api.post('/companies', { name: 'Other Ltd' })).body;
    const history = (await local.api.get(`/audit-log?recordId=${other.id}`)).body.data;
    expect(history.map((e: { objectType: string }) => e.objectType)).toEqual(['company']);
  });

  it('names the records a relation custom field points at, before and after', async () => {
    await ws.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Audited referrer',
      type: 'relation',
      target: 'people',
    });
    await ws.api.post('/custom-fields', { objectType: 'people', label: 'Audited note', type: 'text' });
    const first = (await ws.api.post('/people', { firstName: 'First', lastName: 'Referrer' })).body;
    const second = (await ws.api.post('/people', { firstName: 'Second', lastName: 'Referrer' })).body;
    const third = (await ws.api.post('/people', { firstName: 'Third', lastName: 'Person' })).body;
    const person = (
      await ws.api.post('/people', { lastName: 'Referred', customFields: { auditedReferrer: first.id } })
    ).body;
    await ws.api.patch(`/people/${person.id}`, {
      customFields: { auditedReferrer: second.id, auditedNote: third.id },
    });
    const [changed, created] = (await ws.api.get(`/audit-log?recordId=${person.id}`)).body.data;
    // An id typed into a text field is text: only relation fields are looked up.
    expect(changed.names).toEqual({ [first.id]: 'First Referrer', [second.id]: 'Second Referrer' });
    expect(created.names).toEqual({ [first.id]: 'First Referrer' });
  });

  it('says which import made a change', async () => {
    const done = await runImport(server, ws.api, 'First Name,Last Name,Email\nIma,Port,ima@import.example\n');
    const person = (await ws.api.get('/people?email=ima@import.example')).body.data[0];
    const [created] = (await ws.api.get(`/audit-log?recordId=${person.id}`)).body.data;
    expect(created).toMatchObject({
      via: 'import',
      import: { id: done.id, number: done.number },
      actor: { type: 'user', id: ws.admin.id },
    });
  });

  it('says which merge changed a person, and which undo changed them back', async () => {
    const keep = (await ws.api.post('/people', { firstName: 'Kept', email: 'kept@merge.example' })).body;
    const gone = (await ws.api.post('/people', { firstName: 'Gone', email: 'gone@merge.example' })).body;
    const merge = (await ws.api.post(`/people/${keep.id}/merge`, { mergedId: gone.id })).body;
    // The record's history holds the merge's own entry too (merged-away.test.ts): here, its own.
    const own = async (id: string) =>
      (await ws.api.get(`/audit-log?recordId=${id}`)).body.data.filter(
        (e: { objectType: string }) => e.objectType === 'person',
      );
    const [merged] = await own(keep.id);
    expect(merged).toMatchObject({ action: 'updated', merge: { id: merge.id, undo: false } });
    const [away] = await own(gone.id);
    expect(away).toMatchObject({ merge: { id: merge.id, undo: false }, names: { [keep.id]: 'Kept' } });
    expect(away.changes.mergedIntoId).toEqual({ before: null, after: keep.id });

    await ws.api.post(`/merges/${merge.id}/undo`);
    const [undone] = await own(keep.id);
    expect(undone).toMatchObject({ merge: { id: merge.id, undo: true } });
    const edited = await ws.api.patch(`/people/${keep.id}`, { jobTitle: 'Later' });
    expect(edited.status).toBe(200);
    const [later] = (await ws.api.get(`/audit-log?recordId=${keep.id}`)).body.data;
    expect(later.merge).toBeNull();
  });
});
