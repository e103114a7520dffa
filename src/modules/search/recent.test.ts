import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../tests/support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { RECENT_KEPT } from './recent.service.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const view = (api: ApiClient, type: 'person' | 'company', id: string) =>
  api.post('/recent-records', { type, id });
const listed = async (api: ApiClient, query = '') =>
  (await api.get(`/recent-records${query}`)).body.data.map((r: { title: string }) => r.title);

describe('recently viewed records', () => {
  it('lists what a member opened, latest first, each record once, described as search describes it', async () => {
    const local = await buildWorkspace(server, 'Recent order');
    expect((await local.api.get('/recent-records')).body).toEqual({ data: [], nextCursor: null });
    const globex = (await local.api.post('/companies', { name: 'Globex', domain: 'globex.example' })).body;
    const hank = (
      await local.api.post('/people', {
        firstName: 'Hank',
        lastName: 'Scorpio',
        jobTitle: 'CEO',
        companyId: globex.id,
        email: 'hank@globex.example',
      })
    ).body;
    const marge = (await local.api.post('/people', { firstName: 'Marge', lastName: 'Simpson' })).body;

    const first = await view(local.api, 'person', hank.id);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      type: 'person',
      id: hank.id,
      title: 'Hank Scorpio',
      subtitle: 'CEO · Globex · hank@globex.example',
      viewedAt: expect.any(String),
    });
    await view(local.api, 'company', globex.id);
    await view(local.api, 'person', marge.id);
    expect(await listed(local.api)).toEqual(['Marge Simpson', 'Globex', 'Hank Scorpio']);

    // Opened again, Hank comes back to the top rather than twice in the list.
    await view(local.api, 'person', hank.id);
    const all = (await local.api.get('/recent-records')).body.data;
    expect(all.map((r: { title: string }) => r.title)).toEqual(['Hank Scorpio', 'Marge Simpson', 'Globex']);
    expect(all[2]).toMatchObject({ type: 'company', subtitle: 'globex.example' });
    expect(await listed(local.api, '?types=company')).toEqual(['Globex']);
    expect(await listed(local.api, '?limit=1')).toEqual(['Hank Scorpio']);
    expect(await listed(local.api, '?types=')).toHaveLength(3);
  });

  it(`keeps a member's latest ${RECENT_KEPT}`, async () => {
    const local = await buildWorkspace(server, 'Recent many');
    await sql`INSERT INTO companies (workspace_id, name)
      SELECT ${local.workspaceId}::uuid, 'Firm ' || g FROM generate_series(1, ${RECENT_KEPT + 2}::int) g`.execute(
      server.db.kysely,
    );
    const firms = (await local.api.get('/companies?limit=200&sort=name')).body.data as { id: string }[];
    for (const firm of firms) await view(local.api, 'company', firm.id);
    const count = async () =>
      Number(
        (
          await server.db.kysely
            .selectFrom('recent_records')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('workspace_id', '=', local.workspaceId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBe(RECENT_KEPT);
    const shown = (await local.api.get(`/recent-records?limit=${RECENT_KEPT}`)).body.data;
    expect(shown.map((r: { id: string }) => r.id)).toEqual(
      firms
        .slice(-RECENT_KEPT)
        .map((f) => f.id)
        .reverse(),
    );

    // Two tabs, or many, at once: every visit is kept and the list trimmed, with no deadlock.
    const statuses: number[] = [];
    for (let round = 0; round < 4; round++)
      statuses.push(
        ...(await Promise.all(firms.map(async (firm) => (await view(local.api, 'company', firm.id)).status))),
      );
    expect(new Set(statuses)).toEqual(new Set([200]));
    // A row one visit was trimming is skipped by the others, so a few more may stay until the next.
    await view(local.api, 'company', firms[0]?.id as string);
    expect(await count()).toBe(RECENT_KEPT);
  });

  it('keeps each member’s list to that member', async () => {
    const person = (await ws.api.post('/people', { firstName: 'Only', lastName: 'Mine' })).body;
    const colleague = await buildMember(server, ws, 'sales');
    await view(ws.api, 'person', person.id);
    expect(await listed(colleague.api)).toEqual([]);
    await view(colleague.api, 'person', person.id);
    expect(await listed(colleague.api)).toEqual(['Only Mine']);

    // Underneath too: the request role reads only its own member's rows.
    const rows = await server.db.kysely.transaction().execute(async (tx) => {
      await sql`SET LOCAL ROLE rapport_app`.execute(tx);
      await sql`SELECT set_config('app.workspace_id', ${ws.workspaceId}, true),
                       set_config('app.actor_id', ${colleague.id}, true)`.execute(tx);
      return tx.selectFrom('recent_records').select('user_id').execute();
    });
    expect(rows.map((r) => r.user_id)).toEqual([colleague.id]);
  });

  it('answers 404 for a record that does not exist or lies in another workspace, and lists nothing for it', async () => {
    const other = await buildWorkspace(server, 'Recent elsewhere');
    const theirs = (await other.api.post('/people', { firstName: 'Not', lastName: 'Yours' })).body;
    const local = await buildWorkspace(server, 'Recent lookups');
    expect((await view(local.api, 'person', theirs.id)).status).toBe(404);
    expect((await view(local.api, 'company', theirs.id)).status).toBe(404);
    expect((await view(local.api, 'person', '01890000-0000-7000-8000-000000000000')).status).toBe(404);
    expect(await listed(local.api)).toEqual([]);
  });

  it('refuses what is not a record kind, an id or a limit it serves', async () => {
    const kind = await ws.api.post('/recent-records', {
      type: 'deal',
      id: '01890000-0000-7000-8000-000000000000',
    });
    expect(kind.status).toBe(400);
    expect(kind.body.errors[0].path).toBe('/type');
    expect((await ws.api.post('/recent-records', { type: 'person', id: 'x' })).status).toBe(400);
    expect((await ws.api.post('/recent-records', { type: 'person' })).status).toBe(400);
    expect((await ws.api.get(`/recent-records?limit=${RECENT_KEPT + 1}`)).status).toBe(400);
    expect((await ws.api.get('/recent-records?types=person,ticket')).status).toBe(400);
  });

  it('leaves out records deleted since, lists one merged away as the record it went into, and forgets one removed for good', async () => {
    const local = await buildWorkspace(server, 'Recent gone');
    const ids = [];
    for (const name of ['Ann', 'Bea', 'Cid', 'Dot']) {
      const person = (await local.api.post('/people', { firstName: name, lastName: 'Gone' })).body;
      await view(local.api, 'person', person.id);
      ids.push(person.id as string);
    }
    const [ann, bea, cid, dot] = ids as [string, string, string, string];
    expect((await local.api.delete(`/people/${ann}`)).status).toBe(204);
    // Cid, opened after Bea, went into her: she is listed once, where Cid was.
    const merged = await local.api.post(`/people/${bea}/merge`, { mergedId: cid });
    expect(merged.status).toBe(201);
    expect(await listed(local.api)).toEqual(['Dot Gone', 'Bea Gone']);

    // Undone, the merge gives the record back, and with it its place in the list.
    expect((await local.api.post(`/merges/${merged.body.id}/undo`)).status).toBe(200);
    expect(await listed(local.api)).toEqual(['Dot Gone', 'Cid Gone', 'Bea Gone']);

    await sql`DELETE FROM people WHERE workspace_id = ${local.workspaceId}::uuid AND id = ${dot}::uuid`.execute(
      server.db.kysely,
    );
    const left = await server.db.kysely
      .selectFrom('recent_records')
      .select('record_id')
      .where('workspace_id', '=', local.workspaceId)
      .execute();
    expect(left.map((r) => r.record_id).sort()).toEqual([ann, bea, cid].sort());
  });
});
