import { type Compilable, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchingCompanies } from '../../src/modules/companies/index.ts';
import { matchingPeople } from '../../src/modules/people/index.ts';
import { inWorkspace, type Tx } from '../../src/platform/db/transaction.ts';
import { buildWorkspace, type TestWorkspace } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

// Under row-level security PostgreSQL uses an index only for leakproof operators; @>, %, LIKE and @@
// are not, so look-ups on e-mails, phones, tags, domains and names go through the functions of
// migration 0012. These tests hold both halves: the plans use indexes, and the functions never
// answer outside the transaction's workspace.

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await buildWorkspace(server, 'A');
  b = await buildWorkspace(server, 'B');
  const person = await a.api.post('/people', {
    firstName: 'John',
    lastName: 'Smith',
    email: 'john.smith@lookup.test',
    phones: [{ number: '+44 20 7946 0018', type: 'work' }],
    tags: ['vip'],
  });
  expect(person.status).toBe(201);
  const company = await a.api.post('/companies', {
    name: 'Lookup Ltd',
    domain: 'lookup.test',
    tags: ['vip'],
  });
  expect(company.status).toBe(201);
  // Enough rows beside them that the planner weighs reading the workspace against an index.
  await sql`INSERT INTO companies (workspace_id, name) SELECT ${a.workspaceId}::uuid, 'Filler ' || g FROM generate_series(1, 3000) g`.execute(
    server.db.kysely,
  );
  await sql`INSERT INTO people (workspace_id, first_name, last_name) SELECT ${a.workspaceId}::uuid, 'Filler', 'No ' || g FROM generate_series(1, 3000) g`.execute(
    server.db.kysely,
  );
  await sql`ANALYZE people, companies`.execute(server.db.kysely);
});
afterAll(() => server.stop());

function inWs<T>(ws: TestWorkspace, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inWorkspace(
    server.db,
    { workspaceId: ws.workspaceId, actor: { type: 'user', id: ws.admin.id }, via: 'api' },
    fn,
  );
}

const LOOKUPS = [
  sql`SELECT rapport_people_with_email('john.smith@lookup.test') AS id`,
  sql`SELECT rapport_people_with_phone('+442079460018') AS id`,
  sql`SELECT rapport_people_with_tag('vip') AS id`,
  sql`SELECT rapport_companies_with_domain('lookup.test') AS id`,
  sql`SELECT rapport_companies_with_tag('vip') AS id`,
  sql`SELECT rapport_people_search_candidates(rapport_search_norm('jonh smiht'), rapport_name_keys('jonh smiht'), 'jonh:* & smiht:*', 50, 1) AS id`,
  sql`SELECT rapport_companies_search_candidates(rapport_search_norm('lookup'), rapport_name_keys('lookup'), 'lookup:*', 50, 1) AS id`,
];

describe('index look-ups past row-level security', () => {
  it('find the workspace’s own records', async () => {
    for (const lookup of LOOKUPS) {
      const found = await inWs(a, (tx) => lookup.execute(tx));
      expect(found.rows, lookup.compile(server.db.kysely).sql).toHaveLength(1);
    }
  });

  it('answer nothing in another workspace, or outside any workspace', async () => {
    for (const lookup of LOOKUPS) {
      const other = await inWs(b, (tx) => lookup.execute(tx));
      expect(other.rows, lookup.compile(server.db.kysely).sql).toHaveLength(0);
      const none = await inWs(a, async (tx) => {
        await sql`SELECT set_config('app.workspace_id', '', true)`.execute(tx);
        return lookup.execute(tx);
      });
      expect(none.rows).toHaveLength(0);
    }
  });

  it('run as the tables’ owner, the one place past the policies', async () => {
    const owner = await sql<{ definer: boolean }>`
      SELECT bool_and(prosecdef) AS definer FROM pg_proc
      WHERE proname LIKE 'rapport\\_%\\_with\\_%' OR proname LIKE 'rapport\\_%\\_search\\_candidates'
        OR proname = 'rapport_tag_estimate'`.execute(server.db.kysely);
    expect(owner.rows[0]?.definer).toBe(true);
  });

  it('exact look-ups of lists reach the rows through an index, never by reading the workspace', async () => {
    const actor = { workspaceId: a.workspaceId, userId: a.admin.id, role: 'admin' };
    const scans = await inWs(a, async (tx) => {
      const explain = async (query: Compilable) => {
        const compiled = query.compile();
        const inlined = compiled.sql.replace(/\$(\d+)/g, (_, n) =>
          literal(compiled.parameters[Number(n) - 1]),
        );
        const plan = await sql<{
          'QUERY PLAN': [{ Plan: PlanNode }];
        }>`EXPLAIN (FORMAT JSON) ${sql.raw(inlined)}`.execute(tx);
        const root = plan.rows[0]?.['QUERY PLAN'][0].Plan;
        return root ? scansOf(root) : [];
      };
      const people = async (query: Parameters<typeof matchingPeople>[2]) =>
        explain((await matchingPeople(tx, actor, query)).select);
      const companies = async (query: Parameters<typeof matchingCompanies>[2]) =>
        explain((await matchingCompanies(tx, actor, query)).select);
      return [
        ...(await people({ email: 'john.smith@lookup.test' })),
        ...(await people({ phone: '+442079460018' })),
        ...(await companies({ domain: 'lookup.test' })),
        // A rare tag required by the filter language is planned like ?tag=: ids from its index.
        ...(await people({ filter: { field: 'tags', op: 'hasAll', value: ['vip'] } })),
        ...(await companies({ filter: { field: 'tags', op: 'hasAny', value: ['vip'] } })),
      ];
    });
    expect(scans.length).toBeGreaterThanOrEqual(5);
    // A scan whose only index condition is the workspace reads every row of it: the plan must
    // instead look rows up by id (what the look-up functions return).
    for (const scan of scans) expect(scan.condition, JSON.stringify(scan)).toMatch(/\bid = /);
  });

  it('read a few index pages for an exact value right after a burst of writes, with no vacuum between', async () => {
    // A GIN index with a pending list (fastupdate) reads the whole unmerged list on every probe:
    // after these 4,000 rows, 27 to 56 pages (3 to 9 without it), after a demo or an import hundreds.
    await sql`
      INSERT INTO people (workspace_id, first_name, last_name, emails, phones)
      SELECT ${a.workspaceId}::uuid, 'Burst', 'No ' || g,
             jsonb_build_array(jsonb_build_object('address', 'burst' || g || '@burst.test', 'type', 'work')),
             jsonb_build_array(jsonb_build_object('number', '+4420794' || lpad(g::text, 5, '0'), 'type', 'work'))
      FROM generate_series(1, 4000) g`.execute(server.db.kysely);
    await sql`INSERT INTO companies (workspace_id, name, domains)
      SELECT ${a.workspaceId}::uuid, 'Burst ' || g, ARRAY['burst' || g || '.test'] FROM generate_series(1, 4000) g`.execute(
      server.db.kysely,
    );
    const probes: Array<[string, string]> = [
      ['people_emails', `SELECT id FROM people WHERE email_index @> ARRAY['burst77@burst.test']`],
      ['people_phones', `SELECT id FROM people WHERE phone_index @> ARRAY['+442079400077']`],
      ['people_name_keys', `SELECT id FROM people WHERE name_keys = rapport_name_keys('Burst No 77')`],
      ['companies_domains', `SELECT id FROM companies WHERE domains @> ARRAY['burst77.test']`],
      ['companies_name_keys', `SELECT id FROM companies WHERE name_keys = rapport_name_keys('Burst 77')`],
    ];
    await server.db.kysely.transaction().execute(async (tx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      for (const [index, query] of probes) {
        const plan = await sql<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>`
          EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql.raw(query)}`.execute(tx);
        const root = plan.rows[0]?.['QUERY PLAN'][0].Plan;
        const scan = root && findNode(root, (node) => node['Index Name'] === index);
        expect(scan, `${index} in ${JSON.stringify(root)}`).toBeDefined();
        expect(scan?.['Actual Rows'], index).toBe(1);
        const pages = (scan?.['Shared Hit Blocks'] ?? 0) + (scan?.['Shared Read Blocks'] ?? 0);
        expect(pages, index).toBeLessThanOrEqual(12);
      }
    });
  });
});

describe('lists filtered by tag', () => {
  it('plan a tag by the planner’s estimate, and list rare and common tags alike', async () => {
    await sql`UPDATE people SET tags = ARRAY['filler'] WHERE workspace_id = ${a.workspaceId} AND first_name = 'Filler'`.execute(
      server.db.kysely,
    );
    await sql`ANALYZE people`.execute(server.db.kysely);
    const estimate = (ws: TestWorkspace, tag: string) =>
      inWs(ws, async (tx) => {
        const found = await sql<{ tagged: number; everyone: number }>`
          SELECT tagged, everyone FROM rapport_tag_estimate('people', ${tag})`.execute(tx);
        return found.rows[0];
      });
    const common = await estimate(a, 'filler');
    const rare = await estimate(a, 'vip');
    // The walk is chosen when tagged² ≥ 50 × everyone (src/platform/query/tags.ts).
    expect((common?.tagged ?? 0) ** 2).toBeGreaterThanOrEqual(50 * (common?.everyone ?? 0));
    expect((rare?.tagged ?? 0) ** 2).toBeLessThan(50 * (rare?.everyone ?? 0));

    const vip = await a.api.get('/people?tag=vip');
    expect(vip.body.data.map((p: { lastName: string }) => p.lastName)).toEqual(['Smith']);
    const fillers = await a.api.get('/people?tag=filler&limit=100&sort=lastName');
    expect(fillers.body.data).toHaveLength(100);
    expect(fillers.body.data.every((p: { tags: string[] }) => p.tags.includes('filler'))).toBe(true);
    expect((await b.api.get('/people?tag=filler')).body.data).toEqual([]);
    expect((await b.api.get('/companies?tag=vip')).body.data).toEqual([]);
  });
});

describe('tags in the filter language', () => {
  const names = (body: { data: { lastName?: string; name?: string }[] }) =>
    body.data.map((r) => r.lastName ?? r.name);
  const filtered = (list: string, filter: unknown, extra = '') =>
    a.api.get(`/${list}?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`);
  const has = (...tags: string[]) => ({ field: 'tags', op: 'hasAll', value: tags });

  it('select what ?tag= selects, for rare and common tags, alone, beside other conditions and under or', async () => {
    for (const [lastName, tags] of [
      ['Gold-Adams', ['gold']],
      ['Gold-Baker', ['gold', 'eu', 't1', 't2', 't3']],
      ['Gold-Clark', ['eu']],
    ] as const) {
      expect((await a.api.post('/people', { firstName: 'Tagged', lastName, tags })).status).toBe(201);
      expect((await a.api.post('/companies', { name: lastName, tags })).status).toBe(201);
    }
    await sql`UPDATE people SET tags = ARRAY['filler'] WHERE workspace_id = ${a.workspaceId} AND first_name = 'Filler'`.execute(
      server.db.kysely,
    );
    await sql`UPDATE companies SET tags = ARRAY['filler'] WHERE workspace_id = ${a.workspaceId} AND name LIKE 'Filler %'`.execute(
      server.db.kysely,
    );
    await sql`ANALYZE people, companies`.execute(server.db.kysely);

    for (const list of ['people', 'companies']) {
      const sort = list === 'people' ? '&sort=lastName' : '&sort=name';
      const byTag = await a.api.get(`/${list}?tag=gold${sort}`);
      expect(names(byTag.body), list).toEqual(['Gold-Adams', 'Gold-Baker']);
      expect(names((await filtered(list, has('gold'), sort)).body)).toEqual(names(byTag.body));
      const one = { field: 'tags', op: 'hasAny', value: ['gold'] };
      expect(names((await filtered(list, { and: [one] }, sort)).body)).toEqual(names(byTag.body));

      const common = await a.api.get(`/${list}?tag=filler&limit=100${sort}`);
      expect(common.body.data).toHaveLength(100);
      expect(names((await filtered(list, has('filler'), `&limit=100${sort}`)).body)).toEqual(
        names(common.body),
      );

      const nameField = list === 'people' ? 'lastName' : 'name';
      const baker = { field: nameField, op: 'eq', value: 'Gold-Baker' };
      const clark = { field: nameField, op: 'eq', value: 'Gold-Clark' };
      expect(names((await filtered(list, { and: [has('gold'), baker] }, sort)).body)).toEqual(['Gold-Baker']);
      expect(names((await filtered(list, baker, `&tag=gold${sort}`)).body)).toEqual(['Gold-Baker']);
      expect(names((await filtered(list, { and: [has('gold'), { and: [has('eu')] }] }, sort)).body)).toEqual([
        'Gold-Baker',
      ]);
      // More required tags than are planned one by one: the rest are tested row by row.
      expect(names((await filtered(list, has('t3', 't2', 't1', 'eu', 'gold'), sort)).body)).toEqual([
        'Gold-Baker',
      ]);
      expect(names((await filtered(list, { and: [has('gold'), has('filler')] }, sort)).body)).toEqual([]);
      expect(names((await filtered(list, { or: [has('gold'), clark] }, sort)).body)).toEqual([
        'Gold-Adams',
        'Gold-Baker',
        'Gold-Clark',
      ]);
      const tagged = { field: nameField, op: 'startsWith', value: 'Gold-' };
      expect(names((await filtered(list, { and: [tagged, { not: has('gold') }] }, sort)).body)).toEqual([
        'Gold-Clark',
      ]);
      expect(
        (await b.api.get(`/${list}?filter=${encodeURIComponent(JSON.stringify(has('gold')))}`)).body.data,
      ).toEqual([]);
    }
  });

  it('report a bad filter as written, the required tag included', async () => {
    const bad = await filtered('people', {
      and: [
        { field: 'tags', op: 'hasAll', value: ['gold'] },
        { field: 'tags', op: 'hasAll', value: [] },
        { field: 'nope', op: 'eq', value: 1 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/filter/and/1/value',
      '/filter/and/2/field',
    ]);
  });
});

interface PlanNode {
  'Relation Name'?: string;
  'Node Type': string;
  'Index Cond'?: string;
  'Recheck Cond'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

function findNode(node: PlanNode, test: (node: PlanNode) => boolean): PlanNode | undefined {
  if (test(node)) return node;
  for (const child of node.Plans ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/** The scans of people and companies in a plan, with the condition that bounds what each reads. */
function scansOf(node: PlanNode): { table: string; type: string; condition: string }[] {
  const own =
    node['Relation Name'] === 'people' || node['Relation Name'] === 'companies'
      ? [
          {
            table: node['Relation Name'],
            type: node['Node Type'],
            condition: node['Index Cond'] ?? node['Recheck Cond'] ?? '',
          },
        ]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)];
}

/** EXPLAIN takes no bind parameters: the values of these few queries are inlined as literals. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(', ')}]::text[]`;
  return `'${String(value).replace(/'/g, "''")}'`;
}
