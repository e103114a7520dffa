import fc from 'fast-check';
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../tests/support/api-client.ts';
import { buildWorkspace, defineTier, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { isCalendarDate } from '../../platform/dates.ts';
import { inWorkspace } from '../../platform/db/transaction.ts';
import { pageQuery } from '../../platform/http/pagination.ts';
import type { Filter } from '../../platform/query/filter.ts';
import { systemActor } from '../access/index.ts';
import { sortedPeople } from '../people/people.list.ts';
import { type CustomFieldDefinition, cleanCustomValues } from './custom-fields.rules.ts';
import { getCustomField, toDefinition } from './custom-fields.service.ts';
import {
  buildSortIndex,
  SORT_INDEX_FROM,
  SORT_INDEX_JOB,
  sortIndexName,
} from './custom-fields.sort-index.ts';
import { forgetDefinitions } from './index.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface Listed {
  id: string;
  customFields: Record<string, unknown>;
}

async function indexExists(fieldId: string): Promise<boolean> {
  const found = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_class WHERE relname = ${sortIndexName(fieldId)}`.execute(
    server.db.kysely,
  );
  return found.rows[0]?.n === 1;
}

/** The sort index jobs that have not succeeded (the jobs decide; none may fail). */
async function unfinishedIndexJobs(): Promise<unknown[]> {
  const jobs = await sql`
    SELECT state, last_error FROM jobs WHERE kind = ${SORT_INDEX_JOB} AND state <> 'succeeded'`.execute(
    server.db.kysely,
  );
  return jobs.rows;
}

/** Every id of a list, page by page with its cursor. */
async function walk(ws: TestWorkspace, list: string, pages: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < pages; page++) {
    const response: ApiResponse<{ data: Listed[]; nextCursor: string | null }> = await ws.api.get(
      `${list}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (response.status !== 200) throw new Error(JSON.stringify(response.body));
    ids.push(...response.body.data.map((p) => p.id));
    cursor = response.body.nextCursor;
  }
  return ids;
}

describe('sorting a large workspace by a custom field', () => {
  it('builds the field an index, which the list walks page after page, in the order it had before', async () => {
    const ws = await buildWorkspace(server, 'Large');
    const score = (
      await ws.api.post('/custom-fields', { objectType: 'people', label: 'Score', type: 'number' })
    ).body;
    const since = (
      await ws.api.post('/custom-fields', { objectType: 'people', label: 'Customer since', type: 'date' })
    ).body;
    const tier = await defineTier(ws.api, 'people');
    // Defined while the workspace is small: the jobs decide that no index is needed.
    await server.runner.drain();
    expect(await unfinishedIndexJobs()).toEqual([]);
    expect(await indexExists(score.id)).toBe(false);

    // Values as stored by the API, a few missing, and a few no API would store (written by hand): those
    // read as missing, and must neither break the sort nor, once indexed, the records' writes.
    await sql`
      INSERT INTO people (workspace_id, last_name, custom_fields)
      SELECT ${ws.workspaceId}, 'Scored ' || n, CASE
        WHEN n % 97 = 0 THEN '{}'::jsonb
        WHEN n % 1009 = 0 THEN jsonb_build_object('score', 'lots', 'customerSince', '2023-02-30')
        ELSE jsonb_build_object('score', (n * 7919) % 1000 - 500, 'customerSince',
                                to_char(date '2020-01-01' + (n % 1500), 'YYYY-MM-DD'),
                                'tier', CASE WHEN n % 100 = 0 THEN 'gold' ELSE 'silver' END)
      END
      FROM generate_series(1, ${SORT_INDEX_FROM + 50}) AS n`.execute(server.db.kysely);
    await sql`ANALYZE people`.execute(server.db.kysely);

    const filtered = (filter: Filter, sort: string) =>
      `/people?sort=${sort}&filter=${encodeURIComponent(JSON.stringify(filter))}`;
    const lists = [
      '/people?sort=customFields.score',
      '/people?sort=-customFields.score',
      '/people?sort=customFields.customerSince',
      '/people?sort=-customFields.tier',
      // Filters read the jsonb before the indexes exist and the sort keys after: the same records.
      filtered({ field: 'customFields.score', op: 'in', value: [7, -3] }, 'lastName'),
      filtered(
        { field: 'customFields.customerSince', op: 'between', value: ['2021-01-01', '2021-03-31'] },
        '-updatedAt',
      ),
      filtered(
        {
          or: [
            { field: 'customFields.score', op: 'lt', value: -495 },
            { field: 'customFields.customerSince', op: 'gt', value: '2024-01-01' },
          ],
        },
        'customFields.score',
      ),
      filtered({ field: 'customFields.score', op: 'neq', value: 7 }, 'lastName'),
    ];
    const before = await Promise.all(lists.map((list) => walk(ws, list, 3)));
    // The list asked for the index it lacks; the job finds the workspace large and builds it.
    await server.runner.drain();
    expect(await unfinishedIndexJobs()).toEqual([]);
    expect(await indexExists(score.id)).toBe(true);
    expect(await indexExists(since.id)).toBe(true);
    expect(await indexExists(tier.id)).toBe(true);
    const after = await Promise.all(lists.map((list) => walk(ws, list, 3)));
    expect(after).toEqual(before);

    // The order itself: by value, missing and odd values first, ties by id.
    const all = await sql<{ id: string; score: unknown }>`
      SELECT id::text, custom_fields->'score' AS score FROM people WHERE workspace_id = ${ws.workspaceId}`.execute(
      server.db.kysely,
    );
    const value = (row: { score: unknown }) => (typeof row.score === 'number' ? row.score : -Infinity);
    const expected = all.rows
      .sort((a, b) => value(a) - value(b) || (a.id < b.id ? -1 : 1))
      .map((row) => row.id);
    expect(after[0]).toEqual(expected.slice(0, 600));

    // The index is partial to the workspace, and a prepared statement's generic plan (which knows no
    // parameter's value) still walks it, because the list names the workspace as a literal.
    const plan = await inWorkspace(
      server.db,
      { workspaceId: ws.workspaceId, actor: { type: 'system', id: null }, via: 'api' },
      async (tx) => {
        const sort = '-customFields.score';
        const { select, sorts } = await sortedPeople(tx, systemActor(ws.workspaceId), {}, sort);
        const compiled = pageQuery(select, {
          limit: 50,
          cursor: undefined,
          sort,
          columns: sorts,
          idColumn: 'p.id',
        }).compile();
        const literal = (v: unknown) =>
          typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`;
        await sql.raw(`PREPARE sorted_by_score AS ${compiled.sql}`).execute(tx);
        await sql`SET LOCAL plan_cache_mode = force_generic_plan`.execute(tx);
        const explained = await sql
          .raw<{ 'QUERY PLAN': unknown }>(
            `EXPLAIN (FORMAT JSON) EXECUTE sorted_by_score(${compiled.parameters.map(literal).join(', ')})`,
          )
          .execute(tx);
        await sql`DEALLOCATE sorted_by_score`.execute(tx);
        return JSON.stringify(explained.rows[0]?.['QUERY PLAN']);
      },
    );
    expect(plan).toContain(sortIndexName(score.id));
    expect(plan).not.toContain('"Sort"');

    // A filter on a rare value reads its few records from the field's index, whatever the list's sort;
    // one that most records pass walks the list's own order (the index's statistics tell them apart).
    const planOf = (filter: Filter) =>
      inWorkspace(
        server.db,
        { workspaceId: ws.workspaceId, actor: { type: 'system', id: null }, via: 'api' },
        async (tx) => {
          const { select, sorts } = await sortedPeople(
            tx,
            systemActor(ws.workspaceId),
            { filter },
            'lastName',
          );
          const compiled = pageQuery(select, {
            limit: 50,
            cursor: undefined,
            sort: 'lastName',
            columns: sorts,
            idColumn: 'p.id',
          }).compile();
          const explained = await tx.executeQuery<{ 'QUERY PLAN': unknown }>(
            CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${compiled.sql}`, [...compiled.parameters]),
          );
          return JSON.stringify(explained.rows[0]?.['QUERY PLAN']);
        },
      );
    expect(await planOf({ field: 'customFields.score', op: 'eq', value: 7 })).toContain(
      sortIndexName(score.id),
    );
    expect(await planOf({ field: 'customFields.tier', op: 'eq', value: 'gold' })).toContain(
      sortIndexName(tier.id),
    );
    const common = await planOf({ field: 'customFields.tier', op: 'eq', value: 'silver' });
    expect(common).not.toContain(sortIndexName(tier.id));
    expect(common).toContain('people_last_name');

    // An indexed record with an odd value still takes writes.
    const odd = await sql<{ id: string }>`
      SELECT id FROM people WHERE workspace_id = ${ws.workspaceId} AND custom_fields->>'score' = 'lots' LIMIT 1`.execute(
      server.db.kysely,
    );
    const patched = await ws.api.patch(`/people/${odd.rows[0]?.id}`, { jobTitle: 'Still writable' });
    expect(patched.status).toBe(200);

    // Purging the field drops its index first.
    await ws.api.post(`/custom-fields/${score.id}/archive`);
    expect((await ws.api.delete(`/custom-fields/${score.id}`)).status).toBe(202);
    await server.runner.drain();
    expect(await unfinishedIndexJobs()).toEqual([]);
    expect(await indexExists(score.id)).toBe(false);
    expect(await indexExists(since.id)).toBe(true);
  });

  it('gives a small workspace no index: a sort of its few records costs less than indexing every write', async () => {
    const ws = await buildWorkspace(server, 'Small');
    const field = (
      await ws.api.post('/custom-fields', { objectType: 'companies', label: 'Seats', type: 'number' })
    ).body;
    for (const seats of [30, 10, 20])
      await ws.api.post('/companies', { name: `Seats ${seats}`, customFields: { seats } });
    const sorted = await ws.api.get('/companies?sort=-customFields.seats');
    expect(sorted.body.data.map((c: { name: string }) => c.name)).toEqual([
      'Seats 30',
      'Seats 20',
      'Seats 10',
    ]);
    await server.runner.drain();
    expect(await unfinishedIndexJobs()).toEqual([]);
    expect(await indexExists(field.id)).toBe(false);
  });
});

describe('people filtered by their company’s custom fields', () => {
  it('reads the company’s value, from the field’s sort index as from its jsonb', async () => {
    const ws = await buildWorkspace(server, 'Accounts');
    const tier = await defineTier(ws.api, 'companies');
    const company = async (name: string, customFields: object) =>
      (await ws.api.post('/companies', { name, customFields })).body.id as string;
    const companies = [
      await company('Gold Co', { tier: 'gold' }),
      await company('Silver Co', { tier: 'silver' }),
    ];
    const employers = [...companies, await company('Plain Co', {}), undefined];
    for (const [i, lastName] of ['Ann', 'Bob', 'Cid', 'Dee'].entries()) {
      const companyId = employers[i];
      expect((await ws.api.post('/people', { lastName, ...(companyId ? { companyId } : {}) })).status).toBe(
        201,
      );
    }
    const names = async (filter: Filter) => {
      const listed = await ws.api.get(
        `/people?sort=lastName&filter=${encodeURIComponent(JSON.stringify(filter))}`,
      );
      expect(listed.status).toBe(200);
      return listed.body.data.map((p: { lastName: string }) => p.lastName);
    };
    const field = 'company.customFields.tier';
    const cases: [Filter, string[]][] = [
      [{ field, op: 'eq', value: 'gold' }, ['Ann']],
      [{ field, op: 'neq', value: 'gold' }, ['Bob', 'Cid', 'Dee']],
      [{ field, op: 'in', value: ['gold', 'silver'] }, ['Ann', 'Bob']],
      [{ field, op: 'isEmpty' }, ['Cid', 'Dee']],
    ];
    for (const [filter, expected] of cases)
      expect(await names(filter), JSON.stringify(filter)).toEqual(expected);

    // The same answers once the field has its sort index (built here at once: the workspace is small).
    const definition = await inWorkspace(
      server.db,
      { workspaceId: ws.workspaceId, actor: { type: 'system', id: null }, via: 'system' },
      async (tx) => toDefinition(await getCustomField(tx, ws.workspaceId, tier.id)),
    );
    await buildSortIndex(server.db, ws.workspaceId, 'companies', definition);
    forgetDefinitions(ws.workspaceId);
    for (const [filter, expected] of cases)
      expect(await names(filter), JSON.stringify(filter)).toEqual(expected);

    const unknown = await ws.api.get(
      `/people?filter=${encodeURIComponent(JSON.stringify({ field: 'company.customFields.nope', op: 'isEmpty' }))}`,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('/filter/field');
  });
});

describe('reading stored values in SQL', () => {
  it('reads as a date exactly what the API accepts as one', async () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const samples = fc.sample(fc.oneof(dateLike, fc.string({ maxLength: 12 })), 2000);
    samples.push('2023-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '0000-01-01', '2023-04-31');
    const read = await sql<{ value: string; parsed: string | null }>`
      SELECT value, rapport_cf_date(value)::text AS parsed FROM unnest(${samples}::text[]) AS value`.execute(
      server.db.kysely,
    );
    for (const row of read.rows) {
      expect({ value: row.value, accepted: isCalendarDate(row.value) }).toEqual({
        value: row.value,
        accepted: row.parsed !== null,
      });
      if (row.parsed !== null) expect(row.parsed).toBe(row.value);
    }
  });

  it('reads a date and time only with its offset, and at the instant the API stores', async () => {
    const definition: CustomFieldDefinition = {
      id: '00000000-0000-0000-0000-000000000001',
      key: 'at',
      label: 'At',
      type: 'dateTime',
      required: false,
      unique: false,
      archived: false,
      choices: [],
      currency: null,
      target: null,
    };
    const samples = [
      '2024-03-01T12:00+02:00',
      '2024-03-01T12:00:30.5Z',
      '2024-02-30T12:00Z',
      '2024-03-01T24:00Z',
      '2024-03-01T12:00',
      '2024-03-01 12:00Z',
      '2023-12-31T23:59:59.999999-05:30',
    ];
    const read = await sql<{ value: string; parsed: string | null }>`
      SELECT value, to_char(rapport_cf_datetime(value) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS parsed
      FROM unnest(${samples}::text[]) AS value`.execute(server.db.kysely);
    for (const row of read.rows) {
      const cleaned = cleanCustomValues([definition], { at: row.value }, {}, { defaultCountry: 'US' });
      const stored = cleaned.errors.length === 0 ? cleaned.values.at : null;
      expect({ value: row.value, parsed: row.parsed }).toEqual({ value: row.value, parsed: stored });
    }
  });
});

describe('searching custom values', () => {
  it('finds people and companies by the words of their custom values, in their own workspace only', async () => {
    const ws = await buildWorkspace(server, 'Searched');
    const other = await buildWorkspace(server, 'Elsewhere');
    for (const w of [ws, other]) {
      await w.api.post('/custom-fields', { objectType: 'people', label: 'Contract ref', type: 'text' });
      await w.api.post('/custom-fields', { objectType: 'companies', label: 'Billing e-mail', type: 'email' });
    }
    await ws.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Regions',
      type: 'multiSelect',
      choices: [
        { value: 'nordics', label: 'Nordics' },
        { value: 'iberia', label: 'Iberia' },
      ],
    });
    await ws.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Referrer',
      type: 'relation',
      target: 'people',
    });
    const zed = (
      await ws.api.post('/people', {
        firstName: 'Zed',
        lastName: 'Quill',
        customFields: { contractRef: 'ACME-4711-Été', regions: ['iberia'] },
      })
    ).body;
    await ws.api.post('/people', {
      firstName: 'Ada',
      lastName: 'Referred',
      customFields: { referrer: zed.id },
    });
    const company = (
      await ws.api.post('/companies', {
        name: 'Nordwind',
        customFields: { billingEMail: 'ops@lighthouse.example' },
      })
    ).body;
    await other.api.post('/people', { lastName: 'Elsewhere', customFields: { contractRef: 'ACME-4711' } });

    const people = async (q: string) =>
      (await ws.api.get(`/people?q=${encodeURIComponent(q)}`)).body.data.map((p: { name: string }) => p.name);
    expect(await people('acme-4711')).toEqual(['Zed Quill']);
    expect(await people('4711 ete')).toEqual(['Zed Quill']);
    expect(await people('iberia')).toEqual(['Zed Quill']);
    // A related record's id is no word of it, and a prefix of fewer than three characters finds nothing.
    expect(await people(zed.id.slice(0, 8))).toEqual([]);
    expect(await people('ac')).toEqual([]);
    // A name still comes first: a custom value's match scores under a name's prefix.
    await ws.api.post('/people', { firstName: 'Acmeline', lastName: 'Smith' });
    expect(await people('acme')).toEqual(['Acmeline Smith', 'Zed Quill']);

    const companies = await ws.api.get('/companies?q=lighthouse');
    expect(companies.body.data.map((c: { id: string }) => c.id)).toEqual([company.id]);
    const everything = await ws.api.get('/search?q=lighthouse');
    expect(everything.body.best).toMatchObject([
      { id: company.id, subtitle: 'Billing e-mail: ops@lighthouse.example' },
    ]);
    // A hit found by a custom value says which.
    const byRef = await ws.api.get('/search?q=acme-4711');
    expect(byRef.body.best).toMatchObject([
      { id: zed.id, title: 'Zed Quill', subtitle: 'Contract ref: ACME-4711-Été' },
    ]);
    expect((await ws.api.get('/search?q=iberia')).body.best).toMatchObject([{ subtitle: 'Regions: Iberia' }]);
    expect((await other.api.get('/companies?q=lighthouse')).body.data).toEqual([]);
    expect(
      (await other.api.get('/people?q=acme-4711')).body.data.map((p: { name: string }) => p.name),
    ).toEqual(['Elsewhere']);
  });
});
