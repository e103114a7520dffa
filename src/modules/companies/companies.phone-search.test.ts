import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// A company's switchboard number finds it, in the list's search and the header's, as a person's
// number finds them (migration 0046, companies.phone-search.ts).

let server: TestServer;
let us: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  us = await buildWorkspace(server, 'Company Phones US');
  for (const company of [
    { name: 'Thames Freight', industry: 'Logistics', phone: '+44 20 7946 0958' },
    { name: 'Maine Lobster Co', phone: '(207) 946-0958' },
    { name: 'Lyon Textiles', phone: '+33 4 72 00 00 01' },
    { name: 'No Number Ltd' },
  ]) {
    expect((await us.api.post('/companies', company)).status).toBe(201);
  }
  // Only people hold this one: a company search for it finds no company.
  expect((await us.api.post('/people', { lastName: 'Roux', phone: '+33 6 12 34 56 78' })).status).toBe(201);
});
afterAll(() => server.stop());

const names = async (ws: TestWorkspace, q: string) =>
  (await ws.api.get(`/companies?q=${encodeURIComponent(q)}`)).body.data.map((c: { name: string }) => c.name);

describe('company phone search', () => {
  it('finds a company by its number as written, at home, and in its own national format', async () => {
    expect(await names(us, '+44 20 7946 0958')).toEqual(['Thames Freight']);
    expect(await names(us, '0044 20 7946 0958')).toEqual(['Thames Freight']);
    expect(await names(us, '020 7946 0958')).toEqual(['Thames Freight']);
    expect(await names(us, '207-946-0958')).toEqual(['Maine Lobster Co']);
    expect(await names(us, '04 72 00 00 01')).toEqual(['Lyon Textiles']);
  });

  it('finds none by a number no company has, nor by part of one', async () => {
    expect(await names(us, '020 7946 0000')).toEqual([]);
    expect(await names(us, '7946 0958')).toEqual([]);
    expect(await names(us, '06 12 34 56 78')).toEqual([]);
  });

  it('says in the global search which number answered, with people found by theirs beside', async () => {
    const found = await us.api.get(`/search?q=${encodeURIComponent('020 7946 0958')}`);
    expect(found.status).toBe(200);
    expect(found.body.byType.company).toMatchObject([
      { type: 'company', title: 'Thames Freight', subtitle: '+44 20 7946 0958 · Logistics', score: 0.95 },
    ]);
    const exact = await us.api.get(`/search?q=${encodeURIComponent('+44 20 7946 0958')}`);
    expect(exact.body.best).toMatchObject([{ title: 'Thames Freight', score: 1 }]);
    const person = await us.api.get(`/search?q=${encodeURIComponent('06 12 34 56 78')}`);
    expect(person.body.best).toMatchObject([{ type: 'person', title: 'Roux' }]);
    expect(person.body.byType.company).toEqual([]);
  });

  it("never finds another workspace's company by its number", async () => {
    const other = await buildWorkspace(server, 'Company Phones Other');
    expect(await names(other, '+44 20 7946 0958')).toEqual([]);
    await other.api.post('/companies', { name: 'Other Thames', phone: '+44 20 7946 0958' });
    expect(await names(other, '+44 20 7946 0958')).toEqual(['Other Thames']);
    expect(await names(us, '+44 20 7946 0958')).toEqual(['Thames Freight']);
  });

  it('no longer finds a deleted company by its number', async () => {
    const created = await us.api.post('/companies', { name: 'Gone Soon', phone: '+1 212 555 0100' });
    expect(await names(us, '212 555 0100')).toEqual(['Gone Soon']);
    expect((await us.api.delete(`/companies/${created.body.id}`)).status).toBe(204);
    expect(await names(us, '212 555 0100')).toEqual([]);
  });

  it('looks numbers up in their indexes, not by reading the workspace', async () => {
    const big = await buildWorkspace(server, 'Company Phones Plan');
    // Enough numbers that the planner weighs reading the table against the index.
    await sql`INSERT INTO companies (workspace_id, name, phone)
      SELECT ${big.workspaceId}::uuid, 'Filler ' || g, '+4420' || lpad(g::text, 8, '0')
      FROM generate_series(1, 3000) g`.execute(server.db.kysely);
    await sql`ANALYZE companies`.execute(server.db.kysely);
    // The functions' own queries, as their owner runs them (EXPLAIN cannot look inside a function).
    const planOf = async (query: ReturnType<typeof sql>) =>
      (await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${query}`.execute(server.db.kysely)).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    expect(
      await planOf(sql`SELECT phone FROM companies
        WHERE rapport_phone_national(phone) = ANY (ARRAY['2000000017']) AND phone IS NOT NULL
          AND workspace_id = ${big.workspaceId}::uuid AND deleted_at IS NULL LIMIT 1000`),
    ).toContain('companies_phone_national');
    expect(
      await planOf(sql`SELECT id FROM companies
        WHERE phone = '+442000000017' AND workspace_id = ${big.workspaceId}::uuid AND deleted_at IS NULL`),
    ).toMatch(/companies_phone(?!_national)/);
  });
});
