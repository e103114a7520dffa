// Company names as the duplicate finder compares them: the rule (companyDedupeName) and its SQL twin
// (rapport_company_dedupe_name, migration 0039), and the pairs a scan, a match and an import find.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { companyDedupeName } from './duplicates.rules.ts';
import { matchChangedRecords } from './jobs.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/**
 * The company pairs open in a workspace once the change consumer has matched what was written. It
 * reads only changes older than the oldest transaction running on the whole server, and on
 * PostgreSQL other test files' transactions count: one pass may find nothing yet.
 */
async function matchedPairs(api: TestWorkspace['api'], expected: string[][]): Promise<void> {
  const pairs = async () =>
    (await api.get('/duplicates?objectType=companies')).body.data
      .map((p: { records: { id: string }[] }) => p.records.map((r) => r.id).sort())
      .sort();
  await expect
    .poll(
      async () => {
        await matchChangedRecords(server.db);
        return pairs();
      },
      { timeout: 10_000 },
    )
    .toEqual(expected);
}

const sqlDedupeName = async (name: string) =>
  (await sql<{ norm: string }>`SELECT rapport_company_dedupe_name(${name}) AS norm`.execute(server.db.kysely))
    .rows[0]?.norm;

/** Names made of words people write companies with, legal forms, joining words and punctuation. */
const WORDS = ['Cormier', 'Stehr', 'Smith', 'Müller', 'Société', 'Générale', 'Acme', 'Foods', 'Y', 'A'];
const EXTRAS = ['and', 'und', 'et', 'y', '&', 'Inc', 'Ltd', 'GmbH', 'S.p.A.', 'Co.', 'Pty', 'plc', 'KG'];
const PUNCTUATION = [' ', ', ', ' - ', '. ', ' / ', ' (', ') ', '  '];
const companyName = fc
  .array(fc.tuple(fc.constantFrom(...WORDS, ...EXTRAS), fc.constantFrom(...PUNCTUATION)), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

describe('companyDedupeName', () => {
  it.each([
    ['Cormier, Stehr and Smith', 'cormier stehr smith'],
    ['Cormier Stehr Smith', 'cormier stehr smith'],
    ['CORMIER STEHR & SMITH INC.', 'cormier stehr smith'],
    ['Müller & Söhne GmbH & Co. KG', 'muller sohne'],
    ['Fratelli Rossi S.p.A.', 'fratelli rossi'],
    ['Acme Pty Ltd', 'acme'],
    ['Société Générale SA', 'societe generale'],
    ['Acme Foods', 'acme foods'],
    ['Inc', 'inc'],
    ['Co-op Stores', 'co op stores'],
  ])('%s → %s', async (name, expected) => {
    expect(companyDedupeName(name)).toBe(expected);
    expect(await sqlDedupeName(name)).toBe(expected);
  });

  it('is idempotent, and blind to case, accents and punctuation', () => {
    fc.assert(
      fc.property(companyName, (name) => {
        const norm = companyDedupeName(name);
        expect(companyDedupeName(norm)).toBe(norm);
        expect(companyDedupeName(name.toUpperCase())).toBe(norm);
        expect(companyDedupeName(name.normalize('NFD').replace(/\p{M}/gu, ''))).toBe(norm);
        // Punctuation between words is a space; a dot joins the letters of an abbreviation ("S.p.A.").
        expect(companyDedupeName(name.replace(/[,()/-]/g, ' '))).toBe(norm);
        expect(companyDedupeName(name.replace(/[,()/-]/g, ';').replaceAll('.', ''))).toBe(norm);
      }),
    );
  });

  it('says what the SQL function the scan and its index use says', async () => {
    await fc.assert(
      fc.asyncProperty(companyName, async (name) => {
        expect(await sqlDedupeName(name)).toBe(companyDedupeName(name));
      }),
      { numRuns: 50 },
    );
  });
});

describe('companies paired by name', () => {
  it('a scan pairs "Cormier, Stehr and Smith" with "Cormier Stehr Smith", not "Acme Inc" with "Acme Foods"', async () => {
    const local = await buildWorkspace(server);
    const names = ['Cormier, Stehr and Smith', 'Cormier Stehr Smith', 'Acme Inc', 'Acme Foods'];
    const ids: string[] = [];
    for (const name of names) ids.push((await local.api.post('/companies', { name })).body.id);
    // Written one by one, they are matched by the change consumer; the scan finds the same.
    await server.runner.drain();
    expect((await local.api.post('/duplicates/scan', { objectType: 'companies' })).status).toBe(200);
    const open = (await local.api.get('/duplicates?objectType=companies')).body.data;
    expect(
      open.map((p: { records: { id: string }[]; reasons: string[] }) => [
        p.records.map((r) => r.id).sort(),
        p.reasons,
      ]),
    ).toEqual([[[ids[0], ids[1]].sort(), ['name']]]);
  });

  it('pairs names with the same words but not branches told apart by their numbers', async () => {
    const local = await buildWorkspace(server);
    const names = ['Acme Store 12', 'Acme Store 21', 'Store 1', 'Store 2', 'Globex 7 Labs', 'Globex Labs 7'];
    const ids: string[] = [];
    for (const name of names) ids.push((await local.api.post('/companies', { name })).body.id);
    // Letters transposed, a typo: still the same company.
    const typo = (await local.api.post('/companies', { name: 'Acme Stoer 12' })).body.id;
    const expected = [[ids[0], typo].sort(), [ids[4], ids[5]].sort()].sort() as string[][];
    await matchedPairs(local.api, expected);
    // The scan of the whole workspace finds the same pairs as the matching of each record.
    expect((await local.api.post('/duplicates/scan', { objectType: 'companies' })).status).toBe(200);
    await matchedPairs(local.api, expected);
  });

  it('a record written through the API is matched with the company of the same name', async () => {
    const local = await buildWorkspace(server);
    const first = (await local.api.post('/companies', { name: 'Müller & Söhne GmbH' })).body;
    const second = (await local.api.post('/companies', { name: 'MULLER UND SOHNE' })).body;
    await local.api.post('/companies', { name: 'Müller Foods' });
    await matchedPairs(local.api, [[first.id, second.id].sort()]);
  });

  it('a people import scans the companies it created', async () => {
    const local = await buildWorkspace(server);
    const existing = (await local.api.post('/companies', { name: 'Cormier, Stehr and Smith' })).body;
    await server.runner.drain();
    const file =
      'First Name,Last Name,Email,Company Name\nAda,Lovelace,ada@cormier.example,Cormier Stehr Smith\n';
    const done = await runImport(server, local.api, file);
    expect(done.counts).toMatchObject({ created: 1, rejected: 0 });
    const open = (await local.api.get('/duplicates?objectType=companies')).body.data;
    expect(open).toHaveLength(1);
    expect(open[0].records.map((r: { id: string }) => r.id)).toContain(existing.id);
    const created = open[0].records.find((r: { id: string }) => r.id !== existing.id);
    expect(created.name ?? created.displayName).toBe('Cormier Stehr Smith');
  });
});
