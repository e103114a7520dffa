import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { cleanDomain, rollUp, type TreeRow } from './companies.rules.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

describe('domain rules', () => {
  it.each([
    ['https://www.Acme.com/about', 'acme.com'],
    ['ACME.co.uk', 'acme.co.uk'],
    ['shop.acme.com.', 'shop.acme.com'],
  ])('cleans %s to %s', (raw, clean) => {
    expect(cleanDomain(raw)).toEqual({ ok: true, value: clean });
  });
  it.each(['acme', 'acme..com', 'http://', 'a b.com'])('refuses %s', (raw) => {
    expect(cleanDomain(raw).ok).toBe(false);
  });
});

describe('roll-ups', () => {
  it('adds every level below a company to its totals, each currency on its own', () => {
    const rows: TreeRow[] = [
      {
        id: 'root',
        name: 'Root',
        parentId: null,
        annualRevenue: 100,
        openDeals: 1,
        openDealsAmounts: { EUR: 10 },
      },
      { id: 'a', name: 'A', parentId: 'root', annualRevenue: 50, openDeals: 0, openDealsAmounts: {} },
      {
        id: 'a1',
        name: 'A1',
        parentId: 'a',
        annualRevenue: null,
        openDeals: 2,
        openDealsAmounts: { EUR: 5.5 },
      },
      {
        id: 'b',
        name: 'B',
        parentId: 'root',
        annualRevenue: 25,
        openDeals: 1,
        openDealsAmounts: { USD: 40 },
      },
    ];
    const byId = Object.fromEntries(rollUp(rows).map((n) => [n.id, n]));
    expect(byId.root?.rollup).toEqual({
      annualRevenue: 175,
      openDeals: 4,
      openDealsAmounts: [
        { currency: 'USD', amount: 40 },
        { currency: 'EUR', amount: 15.5 },
      ],
      companies: 4,
    });
    expect(byId.a?.rollup).toEqual({
      annualRevenue: 50,
      openDeals: 2,
      openDealsAmounts: [{ currency: 'EUR', amount: 5.5 }],
      companies: 2,
    });
    expect(byId.a1?.depth).toBe(2);
  });

  it('rolls up a tree as deep as it has companies, and one as wide (no recursion, nothing quadratic)', () => {
    const company = (i: number, parentId: string | null): TreeRow => ({
      id: `c${i}`,
      name: `C${i}`,
      parentId,
      annualRevenue: 1,
      openDeals: 1,
      openDealsAmounts: { EUR: 2 },
    });
    const count = 10_000;
    const chain = rollUp(Array.from({ length: count }, (_, i) => company(i, i ? `c${i - 1}` : null)));
    expect(chain[0]?.rollup).toEqual({
      annualRevenue: count,
      openDeals: count,
      openDealsAmounts: [{ currency: 'EUR', amount: 2 * count }],
      companies: count,
    });
    expect(chain[count - 1]).toMatchObject({ depth: count - 1, rollup: { companies: 1 } });
    const wide = rollUp(Array.from({ length: count }, (_, i) => company(i, i ? 'c0' : null)));
    expect(wide[0]?.rollup.companies).toBe(count);
    expect(wide[count - 1]?.depth).toBe(1);
  });
});

describe('companies', () => {
  it('creates, finds by domain, searches by name, and updates', async () => {
    const created = await ws.api.post('/companies', {
      name: 'Globex Corporation',
      domain: 'https://www.globex.example/',
      domains: ['globex-intl.example'],
      employees: 1200,
      annualRevenue: 5_000_000,
      website: 'globex.example',
      phone: '+1 212 555 0100',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      domain: 'globex.example',
      domains: ['globex.example', 'globex-intl.example'],
      website: 'https://globex.example/',
      phone: '+12125550100',
      annualRevenue: 5000000,
    });
    expect((await ws.api.get('/companies?domain=GLOBEX-INTL.example')).body.data[0].id).toBe(created.body.id);
    expect((await ws.api.get('/companies?q=globex.example')).body.data[0].id).toBe(created.body.id);
    expect((await ws.api.get('/companies?q=glboex')).body.data[0]?.name).toBe('Globex Corporation');
    // A query without a letter or digit finds nothing (it found every company, as a prefix of all).
    for (const q of ['!!!', '—', '😀', '- -']) {
      expect((await ws.api.get(`/companies?q=${encodeURIComponent(q)}`)).body.data, q).toEqual([]);
      expect((await ws.api.get(`/search?q=${encodeURIComponent(q)}`)).body.best, q).toEqual([]);
    }
    // An e-mail address finds the company it is written from.
    const byMail = await ws.api.get(`/companies?q=${encodeURIComponent('hank.scorpio@globex.example')}`);
    expect(byMail.body.data.map((c: { name: string }) => c.name)).toEqual(['Globex Corporation']);
    const bad = await ws.api.post('/companies', { name: 'X', domain: 'not a domain', website: 'ht tp://x' });
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['/domain', '/website']);
    // A company keeps one number: an extension would be lost, so it is refused, not dropped.
    const extension = await ws.api.patch(`/companies/${created.body.id}`, {
      phone: '+1 212 555 0100 ext. 7',
    });
    expect(extension.status).toBe(400);
    expect(extension.body.errors).toEqual([
      {
        path: '/phone',
        message:
          '"+1 212 555 0100 ext. 7" has an extension (7), which this number cannot keep: give the number alone.',
      },
    ]);
  });

  it('builds hierarchies of any depth, refuses cycles, and rolls up revenue and open deals', async () => {
    const root = (await ws.api.post('/companies', { name: 'Holding', annualRevenue: 1000 })).body;
    const mid = (await ws.api.post('/companies', { name: 'Europe', parentId: root.id, annualRevenue: 300 }))
      .body;
    const leaf = (await ws.api.post('/companies', { name: 'France', parentId: mid.id, annualRevenue: 100 }))
      .body;
    const cycle = await ws.api.patch(`/companies/${root.id}`, { parentId: leaf.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors[0].path).toBe('/parentId');
    expect((await ws.api.patch(`/companies/${mid.id}`, { parentId: mid.id })).status).toBe(400);
    const tree = await ws.api.get(`/companies/${leaf.id}/hierarchy`);
    const byName = Object.fromEntries(tree.body.data.map((n: { name: string }) => [n.name, n]));
    expect(byName.Holding.rollup).toEqual({
      annualRevenue: 1400,
      openDeals: 0,
      openDealsAmounts: [],
      companies: 3,
    });
    expect(byName.France.depth).toBe(2);
    // The group's count, as its list would page it.
    expect((await ws.api.get(`/companies/count?parentId=${mid.id}`)).body).toEqual({
      count: 1,
      accuracy: 'exact',
    });

    // Open deals in two currencies are summed per currency, never into one figure; won deals are not open.
    const deal = (body: object) => ws.api.post('/deals', { name: 'Deal', ...body });
    expect((await deal({ companyId: leaf.id, amount: 100.5, currency: 'EUR' })).status).toBe(201);
    await deal({ companyId: leaf.id, amount: 200, currency: 'EUR' });
    await deal({ companyId: mid.id, amount: 1000, currency: 'USD' });
    await deal({ companyId: mid.id, currency: 'USD' });
    const rolled = await ws.api.get(`/companies/${root.id}/hierarchy`);
    const after = Object.fromEntries(rolled.body.data.map((n: { name: string }) => [n.name, n]));
    expect(after.Holding.rollup.openDeals).toBe(4);
    expect(after.Holding.rollup.openDealsAmounts).toEqual([
      { currency: 'USD', amount: 1000 },
      { currency: 'EUR', amount: 300.5 },
    ]);
    expect(after.France.rollup.openDealsAmounts).toEqual([{ currency: 'EUR', amount: 300.5 }]);
    const people = await ws.api.post('/people', { lastName: 'Emp', companyId: leaf.id });
    expect(people.body.company).toEqual({ id: leaf.id, name: 'France' });
  });
});
