import { CompiledQuery, type SelectQueryBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchingCompanies } from '../../src/modules/companies/index.ts';
import { buildSortIndex } from '../../src/modules/custom-fields/custom-fields.sort-index.ts';
import { definitionsFor, forgetDefinitions } from '../../src/modules/custom-fields/index.ts';
import { notificationsOf, unreadCount } from '../../src/modules/notifications/notifications.service.ts';
import { sortedPeople } from '../../src/modules/people/people.list.ts';
import { matchingTasks, TASK_SORTS } from '../../src/modules/tasks/tasks.list.ts';
import { inWorkspace, type Tx } from '../../src/platform/db/transaction.ts';
import { fetchPage, type PageRequest, pageQuery } from '../../src/platform/http/pagination.ts';
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
  // Custom fields, each with its sort index (built here whatever the workspace's size).
  for (const [label, type] of [
    ['Score', 'number'],
    ['Ref', 'text'],
    ['Since', 'date'],
  ]) {
    const field = await ws.api.post('/custom-fields', { objectType: 'people', label, type });
    expect(field.status).toBe(201);
  }
  await sql`
    UPDATE people SET custom_fields = jsonb_build_object(
      'score', (id_hash % 1000) - 500, 'ref', 'R-' || id_hash, 'since', to_char(date '2020-01-01' + id_hash % 900, 'YYYY-MM-DD'))
    FROM (SELECT id AS hashed, abs(hashtext(id::text)) AS id_hash FROM people) AS h
    WHERE workspace_id = ${ws.workspaceId} AND people.id = h.hashed AND people.last_name IS DISTINCT FROM 'Last 7'`.execute(
    server.db.kysely,
  );
  const context = {
    workspaceId: ws.workspaceId,
    actor: { type: 'system' as const, id: null },
    via: 'api' as const,
  };
  for (const definition of await inWorkspace(server.db, context, (tx) =>
    definitionsFor(tx, ws.workspaceId, 'people'),
  ))
    await buildSortIndex(server.db, ws.workspaceId, 'people', definition);
  forgetDefinitions(ws.workspaceId);
  // Tasks, most with a due date, a few about one person, half of them done.
  const person = await ws.api.post('/people', { firstName: 'Tasked', lastName: 'Person' });
  await sql`
    INSERT INTO tasks (workspace_id, title, due_at, status, completed_at, person_id)
    SELECT ${ws.workspaceId}::uuid, 'Task ' || g, CASE WHEN g % 9 = 0 THEN NULL ELSE now() + g * interval '1 hour' END,
           CASE WHEN g % 2 = 0 THEN 'done' ELSE 'open' END, CASE WHEN g % 2 = 0 THEN now() END,
           CASE WHEN g % 40 = 0 THEN ${person.body.id}::uuid END
    FROM generate_series(1, 4000) AS g`.execute(server.db.kysely);
  await sql`
    INSERT INTO companies (workspace_id, name, employees, annual_revenue)
    SELECT ${ws.workspaceId}::uuid, 'Company ' || g, CASE WHEN g % 6 = 0 THEN NULL ELSE g % 900 END,
           CASE WHEN g % 8 = 0 THEN NULL ELSE (g % 700) * 1000.5 END
    FROM generate_series(1, 4000) AS g`.execute(server.db.kysely);
  // One person in a hundred last contacted by the admin: a member in touch with few.
  await sql`
    UPDATE people SET last_contacted_by = ${ws.admin.id}::uuid
    WHERE workspace_id = ${ws.workspaceId} AND last_contacted_at IS NOT NULL AND abs(hashtext(id::text)) % 100 = 0`.execute(
    server.db.kysely,
  );
  // A member who has read thousands of notifications and has a few unread.
  await sql`
    INSERT INTO notifications (workspace_id, user_id, kind, title, created_at, read_at)
    SELECT ${ws.workspaceId}::uuid, ${ws.admin.id}::uuid, 'mention', 'Mentioned ' || g, now() - g * interval '1 minute',
           CASE WHEN g > 30 THEN now() END
    FROM generate_series(1, 4000) AS g`.execute(server.db.kysely);
  await sql`ANALYZE people, tasks, companies, notifications`.execute(server.db.kysely);
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
  'customFields.score',
  '-customFields.score',
  'customFields.ref',
  '-customFields.since',
];

/** The plan, as JSON, of the second page of a list (its cursor from the first), read under the policies. */
function secondPagePlan<DB, TB extends keyof DB, O>(
  list: (tx: Tx) => Promise<{ select: SelectQueryBuilder<DB, TB, O>; columns: PageRequest['columns'] }>,
  page: { limit: number; sort: string; idColumn: string },
): Promise<string> {
  return inWorkspace(
    server.db,
    { workspaceId: ws.workspaceId, actor: { type: 'user', id: ws.admin.id }, via: 'api' },
    async (tx) => {
      const { select, columns } = await list(tx);
      const first = await fetchPage(select, { ...page, columns, cursor: undefined });
      const next = pageQuery(select, { ...page, columns, cursor: first.nextCursor ?? undefined }).compile();
      const explained = await tx.executeQuery<{ 'QUERY PLAN': unknown }>(
        CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${next.sql}`, [...next.parameters]),
      );
      return JSON.stringify(explained.rows[0]?.['QUERY PLAN']);
    },
  );
}

describe('keyset pages under row-level security', () => {
  const actor = () => ({ workspaceId: ws.workspaceId, userId: ws.admin.id, role: 'admin' });

  it('seek the cursor in the sort’s index, for every sort of the people list', async () => {
    for (const sort of SORTS) {
      const plan = await secondPagePlan(
        async (tx) => {
          const { select, sorts } = await sortedPeople(tx, actor(), {}, sort);
          return { select, columns: sorts };
        },
        { limit: 50, sort, idColumn: 'p.id' },
      );
      expect(plan, sort).toMatch(/"Index Cond":"[^"]*ROW\(/);
      expect(plan, sort).not.toMatch(/"Filter":"[^"]*ROW\(/);
    }
  });

  it('find whom a member was last in touch with by its index, not by reading every person', async () => {
    const filter = { field: 'lastContactedBy', op: 'eq', value: ws.admin.id } as const;
    for (const sort of ['-updatedAt', '-lastContactedAt']) {
      const plan = await secondPagePlan(
        async (tx) => {
          const { select, sorts } = await sortedPeople(tx, actor(), { filter }, sort);
          return { select, columns: sorts };
        },
        { limit: 10, sort, idColumn: 'p.id' },
      );
      expect(plan, sort).toContain('people_last_contacted_by');
    }
  });

  it('read "last contacted before" from the sort’s index, from that moment down', async () => {
    const early = await sql<{ at: Date }>`
      SELECT percentile_disc(0.1) WITHIN GROUP (ORDER BY last_contacted_at) AS at FROM people
      WHERE workspace_id = ${ws.workspaceId} AND last_contacted_at IS NOT NULL`.execute(server.db.kysely);
    const before = early.rows[0]?.at.toISOString();
    const filter = { field: 'lastContactedAt', op: 'lt', value: before } as const;
    const plan = await secondPagePlan(
      async (tx) => {
        const { select, sorts } = await sortedPeople(tx, actor(), { filter }, '-lastContactedAt');
        return { select, columns: sorts };
      },
      { limit: 10, sort: '-lastContactedAt', idColumn: 'p.id' },
    );
    expect(plan).toContain('people_last_contacted');
    // The bound is a condition of the index scan, not a filter of every row it reads.
    expect(plan).toMatch(/"Index Cond":"[^"]*END < '/);
  });

  it('seek the cursor in the companies’ indexes; revenue, a numeric, at least comes in index order', async () => {
    const companies = (sort: string) =>
      secondPagePlan(
        async (tx) => {
          const { select, sorts } = await matchingCompanies(tx, actor(), {});
          return { select, columns: sorts };
        },
        { limit: 50, sort, idColumn: 'co.id' },
      );
    for (const sort of ['name', 'employees', '-employees', 'lastContactedAt', '-lastContactedAt']) {
      const plan = await companies(sort);
      expect(plan, sort).toMatch(/"Index Cond":"[^"]*ROW\(/);
      expect(plan, sort).not.toMatch(/"Filter":"[^"]*ROW\(/);
    }
    for (const sort of ['annualRevenue', '-annualRevenue']) {
      const plan = await companies(sort);
      expect(plan, sort).toContain('companies_revenue');
      expect(plan, sort).not.toContain('"Node Type":"Sort"');
    }
  });

  it('seek the cursor in the tasks’ due-date indexes, alone and for one person’s open tasks', async () => {
    const personId = (await ws.api.get('/people?q=Tasked%20Person')).body.data[0].id;
    for (const filter of [{}, { status: 'open' }, { personId, status: 'done' }]) {
      const plan = await secondPagePlan(
        async (tx) => ({ select: await matchingTasks(tx, actor(), filter), columns: TASK_SORTS }),
        { limit: 20, sort: 'dueAt', idColumn: 't.id' },
      );
      expect(plan, JSON.stringify(filter)).toMatch(/"Index Cond":"[^"]*ROW\(/);
      expect(plan, JSON.stringify(filter)).not.toMatch(/"Filter":"[^"]*ROW\(/);
    }
  });

  it('count and list a member’s unread notifications by their own index, not by walking all they read', async () => {
    const member = { workspaceId: ws.workspaceId, userId: ws.admin.id };
    const listPlan = await secondPagePlan(
      async (tx) => ({
        select: notificationsOf(tx, member, true).selectAll(),
        columns: { createdAt: 'created_at' },
      }),
      { limit: 10, sort: '-createdAt', idColumn: 'id' },
    );
    expect(listPlan).toContain('notifications_unread');
    expect(listPlan).not.toContain('"Node Type":"Sort"');
    const countPlan = await inWorkspace(
      server.db,
      { workspaceId: ws.workspaceId, actor: { type: 'user', id: ws.admin.id }, via: 'api' },
      async (tx) => {
        const count = unreadCount(tx, member).compile();
        const explained = await tx.executeQuery<{ 'QUERY PLAN': unknown }>(
          CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${count.sql}`, [...count.parameters]),
        );
        return JSON.stringify(explained.rows[0]?.['QUERY PLAN']);
      },
    );
    expect(countPlan).toContain('notifications_unread');
  });
});
