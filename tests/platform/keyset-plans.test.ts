import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortedPeople } from '../../src/modules/people/people.list.ts';
import { inWorkspace } from '../../src/platform/db/transaction.ts';
import { fetchPage, pageQuery } from '../../src/platform/http/pagination.ts';
import { buildWorkspace, type TestWorkspace } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

// A keyset page deep in a list costs what the first does only if the cursor's condition is an index
// condition. Under row-level security PostgreSQL makes it one only when it cannot leak: a sort
// expression with COALESCE (or a call PostgreSQL does not know to be leakproof) leaves it a filter on
// an index walked from its start, and the test below fails (migration 0027).

let server: TestServer;
let ws: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server, 'Deep');
  await sql`
    INSERT INTO people (workspace_id, first_name, last_name, emails, lifecycle_stage, last_contacted_at)
    SELECT ${ws.workspaceId}::uuid,
           CASE WHEN g % 7 = 0 THEN NULL ELSE 'First ' || g END,
           CASE WHEN g % 11 = 0 AND g % 7 <> 0 THEN NULL ELSE 'Last ' || g END,
           CASE WHEN g % 5 = 0 THEN '[]'::jsonb
                ELSE jsonb_build_array(jsonb_build_object('address', 'p' || g || '@deep.example', 'type', 'work')) END,
           (ARRAY['lead', 'customer', 'churned', 'subscriber'])[1 + g % 4],
           CASE WHEN g % 3 = 0 THEN NULL ELSE now() - g * interval '1 hour' END
    FROM generate_series(1, 4000) AS g`.execute(server.db.kysely);
  await sql`ANALYZE people`.execute(server.db.kysely);
});
afterAll(() => server.stop());

const SORTS = [
  'lastName',
  '-lastName',
  'firstName',
  'email',
  'lastContactedAt',
  '-lastContactedAt',
  'lifecycleStage',
  '-lifecycleStage',
  'updatedAt',
  '-createdAt',
];

describe('keyset pages under row-level security', () => {
  it('seek the cursor in the sort’s index, for every sort of the people list', async () => {
    const actor = { workspaceId: ws.workspaceId, userId: ws.admin.id, role: 'admin' };
    for (const sort of SORTS) {
      const plan = await inWorkspace(
        server.db,
        { workspaceId: ws.workspaceId, actor: { type: 'user', id: ws.admin.id }, via: 'api' },
        async (tx) => {
          const { select, sorts } = await sortedPeople(tx, actor, {}, sort);
          const page = { limit: 50, sort, columns: sorts, idColumn: 'p.id' };
          const first = await fetchPage(select, { ...page, cursor: undefined });
          const next = pageQuery(select, { ...page, cursor: first.nextCursor ?? undefined }).compile();
          const explained = await tx.executeQuery<{ 'QUERY PLAN': unknown }>(
            CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${next.sql}`, [...next.parameters]),
          );
          return JSON.stringify(explained.rows[0]?.['QUERY PLAN']);
        },
      );
      expect(plan, sort).toMatch(/"Index Cond":"[^"]*ROW\(/);
      expect(plan, sort).not.toMatch(/"Filter":"[^"]*ROW\(/);
    }
  });
});
