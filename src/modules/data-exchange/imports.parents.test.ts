import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { proposeMapping } from './mapping.rules.ts';
import { placeUnderParents } from './parents.rules.ts';

// A company import's parent company column: placed when the import ends, so a parent may come later
// in the file; what cannot be placed is listed on the import, the rows themselves written.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const importCompanies = (api: ApiClient, file: string, start: Record<string, unknown> = {}) =>
  runImport(server, api, file, { object: 'companies', start });

async function byName(ws: TestWorkspace): Promise<Map<string, Json>> {
  const list = await ws.api.get('/companies?limit=200');
  expect(list.status, list.text).toBe(200);
  return new Map(list.body.data.map((c: Json) => [c.name, c]));
}

async function unplaced(ws: TestWorkspace, importId: string): Promise<Json[]> {
  const page = await ws.api.get(`/imports/${importId}/unplaced-parents?limit=2`);
  expect(page.status, page.text).toBe(200);
  const rest = page.body.nextCursor
    ? (await ws.api.get(`/imports/${importId}/unplaced-parents?limit=200&cursor=${page.body.nextCursor}`))
        .body.data
    : [];
  return [...page.body.data, ...rest];
}

describe('a company import’s parent company column', () => {
  it('places each company under the parent its row names, by name, domain or id, wherever in the file it is', async () => {
    const ws = await buildWorkspace(server);
    const holding = await ws.api.post('/companies', { name: 'Umbrella Holding', domain: 'umbrella.example' });
    expect(holding.status).toBe(201);
    const file = [
      'Company name,Company Domain Name,Parent Company',
      // The parent comes three rows later, by its name written another way.
      'Acme Rockets,rockets.acme.example,ACME  inc',
      'Acme Labs,labs.acme.example,rockets.acme.example',
      `Umbrella Pharma,pharma.umbrella.example,${holding.body.id}`,
      'Acme Inc,acme.example,umbrella.example',
      'Loner,loner.example,Nobody Ltd',
      'Narcissus,narcissus.example,Narcissus',
      // Each other's parent: the first row is placed, the second would close a loop.
      'Yin,yin.example,Yang',
      'Yang,yang.example,Yin',
    ].join('\n');
    const done = await importCompanies(ws.api, file);
    expect(done.mapping['Parent Company']).toBe('parent');
    expect(done.status).toBe('completed');
    expect(done.counts).toMatchObject({ created: 8, rejected: 0 });
    expect(done.parents).toEqual({ placed: 5, unplaced: 3 });

    const companies = await byName(ws);
    const id = (name: string) => companies.get(name)?.id;
    const parentOf = (name: string) => companies.get(name)?.parentId;
    expect(parentOf('Acme Rockets')).toBe(id('Acme Inc'));
    expect(parentOf('Acme Labs')).toBe(id('Acme Rockets'));
    expect(parentOf('Umbrella Pharma')).toBe(holding.body.id);
    expect(parentOf('Acme Inc')).toBe(holding.body.id);
    expect(parentOf('Yin')).toBe(id('Yang'));
    expect(parentOf('Yang')).toBeNull();
    expect(parentOf('Loner')).toBeNull();

    expect(await unplaced(ws, done.id)).toEqual([
      {
        row: 5,
        sourceRow: 5,
        company: { id: id('Loner'), name: 'Loner' },
        parent: 'Nobody Ltd',
        parentName: null,
        problem: 'No company “Nobody Ltd” in this workspace.',
      },
      expect.objectContaining({
        row: 6,
        parent: 'Narcissus',
        problem: 'A company cannot be its own parent.',
      }),
      expect.objectContaining({
        row: 8,
        company: { id: id('Yang'), name: 'Yang' },
        problem: 'The parent is already one of this company’s subsidiaries.',
      }),
    ]);

    // The tree rolls up from the top, and the change is the import's in the audit trail.
    const tree = await ws.api.get(`/companies/${id('Acme Labs')}/hierarchy`);
    expect(tree.body.data.map((n: Json) => n.name).sort()).toEqual(
      ['Acme Inc', 'Acme Labs', 'Acme Rockets', 'Umbrella Holding', 'Umbrella Pharma'].sort(),
    );
    const trail = await ws.api.get(`/audit-log?recordId=${id('Acme Rockets')}`);
    const placed = trail.body.data.find((e: Json) => e.changes.parentId);
    expect(placed).toMatchObject({
      via: 'import',
      requestId: `import:${done.number}`,
      changes: { parentId: { before: null, after: id('Acme Inc') } },
    });
  });

  it('places a matched company whose row changes nothing else, and leaves it alone in skip mode', async () => {
    const ws = await buildWorkspace(server);
    for (const body of [
      { name: 'Globex', domain: 'globex.example' },
      { name: 'Globex Energy', domain: 'energy.globex.example' },
      { name: 'Globex Search', domain: 'search.globex.example' },
    ])
      expect((await ws.api.post('/companies', body)).status).toBe(201);
    const skipped = await importCompanies(
      ws.api,
      'Name,Domain,Parent account\nGlobex Search,search.globex.example,globex.example\n',
      { dedupe: 'domain', mode: 'skip' },
    );
    expect(skipped.counts).toMatchObject({ skipped: 1 });
    expect(skipped.parents).toEqual({ placed: 0, unplaced: 0 });

    const done = await importCompanies(
      ws.api,
      'Name,Domain,Parent account\nGlobex Energy,energy.globex.example,Globex\nGlobex Search,search.globex.example,globex.example\n',
      { dedupe: 'domain', mode: 'update' },
    );
    expect(done.counts).toMatchObject({ created: 0, updated: 0, skipped: 2, rejected: 0 });
    expect(done.parents).toEqual({ placed: 2, unplaced: 0 });
    const companies = await byName(ws);
    expect(companies.get('Globex Energy')?.parentId).toBe(companies.get('Globex')?.id);
    expect(companies.get('Globex Search')?.parentId).toBe(companies.get('Globex')?.id);
    expect(await unplaced(ws, done.id)).toEqual([]);
  });

  it('places a subsidiary once its parent’s rejected row is fixed and imported again, not one placed by hand since', async () => {
    const ws = await buildWorkspace(server);
    const file = [
      'Name,Domain,Employees,Parent company',
      'Hooli XYZ,xyz.hooli.example,12,Hooli',
      'Hooli,hooli.example,many,',
      'Hooli Labs,labs.hooli.example,40,Hooli',
    ].join('\n');
    const first = await importCompanies(ws.api, file);
    expect(first.counts).toMatchObject({ created: 2, rejected: 1 });
    expect(first.parents).toEqual({ placed: 0, unplaced: 2 });
    const holding = (await ws.api.post('/companies', { name: 'Hooli Holding' })).body;
    const labs = (await ws.api.get('/companies?domain=labs.hooli.example')).body.data[0];
    const moved = await ws.api.patch(`/companies/${labs.id}`, { parentId: holding.id });
    expect(moved.status, moved.text).toBe(200);

    const retried = await ws.api.post(`/imports/${first.id}/retry`, {
      rows: [{ row: 2, cells: ['Hooli', 'hooli.example', '3000', ''] }],
    });
    expect(retried.status, retried.text).toBe(201);
    await server.runner.drain();
    const again = (await ws.api.get(`/imports/${first.id}`)).body;
    expect(again.parents).toEqual({ placed: 1, unplaced: 0 });
    expect(await unplaced(ws, first.id)).toEqual([]);
    const companies = await byName(ws);
    expect(companies.get('Hooli XYZ')?.parentId).toBe(companies.get('Hooli')?.id);
    expect(companies.get('Hooli Labs')?.parentId).toBe(holding.id);
  });

  it('carries a hierarchy into another workspace: the export names each parent, the name finds it there', async () => {
    const from = await buildWorkspace(server);
    const add = async (body: Json) => {
      const made = await from.api.post('/companies', body);
      expect(made.status, made.text).toBe(201);
      return made.body;
    };
    const initech = await add({ name: 'Initech', domain: 'initech.example' });
    const europe = await add({ name: 'Initech Europe', parentId: initech.id });
    await add({ name: 'Initech France', parentId: europe.id });
    const read = await from.api.get(`/companies/${europe.id}`);
    expect(read.body.parent).toEqual({ id: initech.id, name: 'Initech' });
    const file = await from.api.get('/companies/export?format=csv&labels=true');
    expect(file.status, file.text).toBe(200);
    expect(file.text.split('\r\n')[0]).toContain('Parent company ID,Parent company name');

    // The owner (a member's e-mail) is one the other workspace does not have: left out here.
    const proposed = proposeMapping('companies', file.text.split('\r\n')[0]?.split(',') ?? [], []);
    expect(proposed).toMatchObject({ Owner: 'owner', 'Owner ID': null });
    const to = await buildWorkspace(server);
    const done = await importCompanies(to.api, file.text, { mapping: { ...proposed, Owner: null } });
    expect(done.mapping).toMatchObject({
      'Parent company ID': 'parent',
      'Parent company name': 'parent.name',
    });
    expect(done.counts).toMatchObject({ created: 3, rejected: 0 });
    expect(done.parents).toEqual({ placed: 2, unplaced: 0 });
    const there = await byName(to);
    expect(there.get('Initech Europe')?.parent).toEqual({ id: there.get('Initech')?.id, name: 'Initech' });
    expect(there.get('Initech France')?.parent?.name).toBe('Initech Europe');
    expect(there.get('Initech')?.id).not.toBe(initech.id);

    // Neither the id nor the name finds one: both are named, in the problem and in the list.
    const lost = await importCompanies(
      to.api,
      `Name,Parent company ID,Parent company name\nOrphan,${initech.id},Nowhere Ltd\n`,
    );
    expect(lost.parents).toEqual({ placed: 0, unplaced: 1 });
    expect(await unplaced(to, lost.id)).toEqual([
      expect.objectContaining({
        parent: initech.id,
        parentName: 'Nowhere Ltd',
        problem: `No company “${initech.id}” or “Nowhere Ltd” in this workspace.`,
      }),
    ]);
  });

  it('is proposed for the parent columns of other CRMs and of our own export', () => {
    expect(proposeMapping('companies', ['Name', 'Parent Account Name'], [])['Parent Account Name']).toBe(
      'parent.name',
    );
    const mapping = proposeMapping('companies', ['Account Name', 'Parent Account', 'Website'], []);
    expect(mapping['Parent Account']).toBe('parent');
    expect(proposeMapping('companies', ['name', 'parentId'], []).parentId).toBe('parent');
    expect(proposeMapping('companies', ['Name', 'Parent company ID'], [])['Parent company ID']).toBe(
      'parent',
    );
  });
});

describe('placeUnderParents', () => {
  it('never makes a loop, whatever the claims and the hierarchy they start from', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const id = fc.constantFrom(...ids);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(id, id), { maxLength: 12 }),
        fc.array(fc.tuple(id, id), { maxLength: 12 }),
        (start, claims) => {
          // A starting hierarchy without loops: built by the same rule from nothing.
          const hierarchy = new Map<string, string>();
          placeUnderParents(
            start.map(([companyId, parent]) => ({ companyId, found: { ok: true, id: parent } })),
            hierarchy,
          );
          expect(hasLoop(hierarchy)).toBe(false);
          const before = new Map(hierarchy);
          const placements = placeUnderParents(
            claims.map(([companyId, parent]) => ({ companyId, found: { ok: true, id: parent } })),
            hierarchy,
          );
          expect(hasLoop(hierarchy)).toBe(false);
          // The oracle: each claim tried on a copy, refused exactly when it would make a loop.
          const expected = new Map(before);
          placements.forEach((placement, i) => {
            const [companyId, parent] = claims[i] ?? ['', ''];
            const tried = new Map(expected).set(companyId, parent);
            const loops = hasLoop(tried);
            expect(placement.placed, `${companyId} under ${parent}`).toBe(!loops);
            if (!loops) expected.set(companyId, parent);
          });
          expect(hierarchy).toEqual(expected);
        },
      ),
    );
  });

  it('refuses what it finds no parent for, with the reason found', () => {
    expect(
      placeUnderParents([{ companyId: 'a', found: { ok: false, reason: 'No company “x”.' } }], new Map()),
    ).toEqual([{ placed: false, problem: 'No company “x”.' }]);
  });
});

function hasLoop(hierarchy: Map<string, string>): boolean {
  for (const start of hierarchy.keys()) {
    const seen = new Set<string>();
    for (let node: string | undefined = start; node !== undefined; node = hierarchy.get(node)) {
      if (seen.has(node)) return true;
      seen.add(node);
    }
  }
  return false;
}
