// Duplicates found without anyone asking: records matched as they change, a finished import's scan,
// and the daily sweep.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, insertFillerCompanies } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { analyzeIfMisjudged, staleAbove } from '../../platform/db/statistics.ts';
import { asSystem, type Tx } from '../../platform/db/transaction.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { createWorkspace } from '../workspaces/index.ts';
import { scanDuplicates } from './duplicates.service.ts';
import { queueDuplicateScan, SWEEP_JOB } from './jobs.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** The workspace's open pairs as "first:second" (ids sorted) with their reasons. */
async function openPairs(tx: Tx, workspaceId: string, object: 'people' | 'companies') {
  const { rows } = await sql<{ pair: string; reasons: string[] }>`
    SELECT least(first_id, second_id) || ':' || greatest(first_id, second_id) AS pair, reasons
    FROM duplicate_candidates WHERE workspace_id = ${workspaceId} AND object_type = ${object} AND status = 'open'`.execute(
    tx,
  );
  return new Map(rows.map((r) => [r.pair, r.reasons.join(',')]));
}

/** How many live companies the planner believes the workspace has. */
async function companiesEstimate(workspaceId: string): Promise<number> {
  const { rows } = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM companies
    WHERE workspace_id = ${workspaceId} AND deleted_at IS NULL`.execute(server.db.kysely);
  return rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
}

describe('records matched as they are written', () => {
  it('a person or company added through the API meets its twin on the Duplicates page, with no scan', async () => {
    // The runner's daily sweep is queued at its first look at the queue: let it pass first.
    await server.runner.drain();
    const local = await buildWorkspace(server);
    await local.api.post('/people', { firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' });
    await local.api.post('/companies', { name: 'Univac', domains: ['univac.example'] });
    const twin = await local.api.post('/people', {
      firstName: 'Grace M.',
      lastName: 'Hopper',
      email: 'GRACE@navy.example',
    });
    await local.api.post('/companies', { name: 'Remington Rand', domains: ['univac.example'] });

    const open = async (objectType: string) =>
      (await local.api.get(`/duplicates?objectType=${objectType}`)).body.data as {
        reasons: string[];
        records: { id: string }[];
      }[];
    // Tests run jobs by hand: the changes queued the matching job, which finds the pairs.
    await expect
      .poll(async () => {
        await server.runner.drain();
        return (await open('people')).length;
      })
      .toBe(1);
    const [pair] = await open('people');
    expect(pair?.reasons).toEqual(['email']);
    expect(pair?.records.map((r) => r.id)).toContain(twin.body.id);
    expect(await open('companies')).toHaveLength(1);
    // Found by matching, not by a scan of the workspace.
    const scans =
      await sql`SELECT 1 FROM jobs WHERE kind = 'duplicates.scan' AND workspace_id = ${local.workspaceId}`.execute(
        server.db.kysely,
      );
    expect(scans.rows).toHaveLength(0);
  });

  it('a change that cannot make a pair (a tag) is not matched; one to a name is', async () => {
    const local = await buildWorkspace(server);
    const acme = (await local.api.post('/companies', { name: 'Acme' })).body;
    const first = (await local.api.post('/people', { firstName: 'Ann', lastName: 'Lee', companyId: acme.id }))
      .body;
    const second = (
      await local.api.post('/people', { firstName: 'Bob', lastName: 'Lee', companyId: acme.id })
    ).body;
    await server.runner.drain();
    const open = async () => (await local.api.get('/duplicates')).body.data.length;
    expect(await open()).toBe(0);

    // A pair a scan would find but matching must not: written behind the change stream's back.
    await server.db.kysely.transaction().execute(async (trx) => {
      // Triggers off: the change stream never hears of this one.
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql`UPDATE people SET first_name = 'Ann' WHERE workspace_id = ${local.workspaceId} AND id = ${second.id}`.execute(
        trx,
      );
    });
    const tagged = await local.api.patch(`/people/${first.id}`, { tags: ['vip'] }, { 'If-Match': '"1"' });
    expect(tagged.status).toBe(200);
    await server.runner.drain();
    expect(await open()).toBe(0);

    const renamed = await local.api.patch(
      `/people/${first.id}`,
      { firstName: 'Anne' },
      { 'If-Match': '"2"' },
    );
    expect(renamed.status).toBe(200);
    // The change reaches the matcher through the change stream, whose batch a busy server may take
    // a moment to queue: drained until it is there.
    await expect
      .poll(
        async () => {
          await server.runner.drain();
          return open();
        },
        { timeout: 15_000 },
      )
      .toBe(1);
  });
});

const NAMES = [
  ['Ann', 'Lee'],
  ['Anne', 'Lee'],
  ['Lee', 'Ann'],
  ['Bob', 'Berg'],
  ['Ann', null],
] as const;
const EMAILS = ['ann@acme.example', 'bob@acme.example', 'ann@gmail.com', 'info@berg.example'];
const PHONES = ['+442079460001', '+442079460002'];

const person = fc.record({
  name: fc.constantFrom(...NAMES),
  // Often none: the rule for names without an e-mail needs them.
  emails: fc.oneof(fc.constant([] as string[]), fc.uniqueArray(fc.constantFrom(...EMAILS), { maxLength: 2 })),
  phones: fc.uniqueArray(fc.constantFrom(...PHONES), { maxLength: 1 }),
  company: fc.constantFrom(null, 0, 1),
  deleted: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  matched: fc.boolean(),
});
const company = fc.record({
  name: fc.constantFrom('Acme', 'Acme Inc', 'Inc Acme', 'Berg'),
  domains: fc.uniqueArray(fc.constantFrom('acme.example', 'berg.example'), { maxLength: 2 }),
  matched: fc.boolean(),
});

describe('matching a few records finds the pairs a scan finds for them', () => {
  // For any records and any of them matched: exactly the pairs the scan finds that hold a matched
  // record, with the same reasons.
  it('people and companies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { minLength: 2, maxLength: 10 }),
        fc.array(company, { minLength: 2, maxLength: 5 }),
        async (people, companies) => {
          const { workspaceId } = await createWorkspace(server.db, {
            name: 'Matching',
            admin: {
              email: `m-${crypto.randomUUID()}@example.com`,
              name: 'M',
              password: 'correct horse battery',
            },
            via: 'cli',
          });
          await asSystem(server.db, async (tx) => {
            const companyIds: string[] = [];
            for (const c of companies) {
              const row = await sql<{ id: string }>`
                INSERT INTO companies (workspace_id, name, domains) VALUES (${workspaceId}, ${c.name}, ${c.domains})
                RETURNING id`.execute(tx);
              companyIds.push(row.rows[0]?.id ?? '');
            }
            const personIds: string[] = [];
            for (const p of people) {
              const row = await sql<{ id: string }>`
                INSERT INTO people (workspace_id, first_name, last_name, emails, phones, company_id, deleted_at)
                VALUES (${workspaceId}, ${p.name[0]}, ${p.name[1]},
                        ${JSON.stringify(p.emails.map((address) => ({ address, type: 'work' })))}::jsonb,
                        ${JSON.stringify(p.phones.map((number) => ({ number, type: 'work' })))}::jsonb,
                        ${p.company === null ? null : companyIds[p.company]}, ${p.deleted ? new Date() : null})
                RETURNING id`.execute(tx);
              personIds.push(row.rows[0]?.id ?? '');
            }
            for (const [object, ids, records] of [
              ['people', personIds, people],
              ['companies', companyIds, companies],
            ] as const) {
              const matched = ids.filter((_, i) => records[i]?.matched);
              await scanDuplicates(tx, workspaceId, object, matched);
              const found = await openPairs(tx, workspaceId, object);
              await sql`DELETE FROM duplicate_candidates WHERE workspace_id = ${workspaceId}`.execute(tx);
              await scanDuplicates(tx, workspaceId, object);
              const scanned = await openPairs(tx, workspaceId, object);
              const touching = [...scanned].filter(([pair]) => matched.some((id) => pair.includes(id)));
              expect(new Map(touching)).toEqual(found);
            }
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('scans nobody asks for', () => {
  /** The scan jobs queued for a workspace, by what their key says prompted them. */
  const queuedScans = async (workspaceId: string) => {
    const { rows } = await sql<{ dedupe_key: string }>`
      SELECT dedupe_key FROM jobs WHERE kind = 'duplicates.scan' AND workspace_id = ${workspaceId}
      ORDER BY id`.execute(server.db.kysely);
    return rows.map((r) => r.dedupe_key.replace(`scan:${workspaceId}:`, ''));
  };

  it('an import that writes records queues a scan of them; one that writes nothing does not', async () => {
    const local = await buildWorkspace(server);
    const original = (
      await local.api.post('/people', {
        firstName: 'Margaret',
        lastName: 'Hamilton',
        phone: '+1 617 555 0100',
      })
    ).body;
    const file =
      'First Name,Last Name,Email,Phone Number\nMargaret,Hamilton,maggie@mit.example,(617) 555-0100\n';

    const first = await runImport(server, local.api, file, { start: { dedupe: 'email' } });
    expect(first.counts).toMatchObject({ created: 1, rejected: 0 });
    expect(await queuedScans(local.workspaceId)).toContain(`people:after:${first.id}`);
    // The runner ran the scan with the import: the pair waits for review, and nobody pressed "Scan now".
    const open = (await local.api.get('/duplicates')).body.data;
    expect(open).toHaveLength(1);
    expect(open[0].reasons).toContain('phone');
    expect(open[0].records.map((r: { id: string }) => r.id)).toContain(original.id);

    const again = await runImport(server, local.api, file, { start: { dedupe: 'email' } });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, skipped: 1 });
    expect(await queuedScans(local.workspaceId)).not.toContain(`people:after:${again.id}`);
  });

  it('a scan of records the planner does not know of yet refreshes its statistics first', async () => {
    await server.runner.drain();
    const local = await buildWorkspace(server);
    await insertFillerCompanies(server, local.workspaceId, 3000);
    const estimate = () => companiesEstimate(local.workspaceId);
    // Fresh rows the statistics know nothing of: a plan for a handful would meet each with every other.
    expect(await estimate()).toBeLessThan(staleAbove(0));

    await asSystem(server.db, (tx) => queueDuplicateScan(tx, local.workspaceId, 'companies'));
    await server.runner.drain();
    expect(await estimate()).toBeGreaterThan(1500);
    // Statistics that know the workspace are left as they are.
    expect(await analyzeIfMisjudged(server.db.kysely, 'companies', local.workspaceId)).toBe(false);
  });

  it('many records written at once outside an import are matched after the planner learns of them', async () => {
    await server.runner.drain();
    const local = await buildWorkspace(server);
    // Written by a script, not an import: no scan follows, the match consumer meets them in batches.
    await insertFillerCompanies(server, local.workspaceId, 3000);
    await sql`INSERT INTO companies (workspace_id, name) VALUES (${local.workspaceId}, 'Filler12 Ltd')`.execute(
      server.db.kysely,
    );
    expect(await companiesEstimate(local.workspaceId)).toBeLessThan(staleAbove(0));
    // The rows reach the matcher through the change stream, which on a shared PostgreSQL server waits
    // for other sessions' older transactions: drained until the matcher has met them all.
    await expect
      .poll(
        async () => {
          await server.runner.drain();
          const pairs = await asSystem(server.db, (tx) => openPairs(tx, local.workspaceId, 'companies'));
          return [...pairs.values()];
        },
        { timeout: 15_000 },
      )
      .toContain('name');
    expect(await companiesEstimate(local.workspaceId)).toBeGreaterThan(1500);
  });

  it('the daily sweep scans workspaces with records written since their last scan, and no others', async () => {
    // The runner's own sweep is queued at its first look at the queue: let it pass before this test's.
    await server.runner.drain();
    const local = await buildWorkspace(server);
    const sweep = async () => {
      await asSystem(server.db, (tx) => enqueue(tx, { kind: SWEEP_JOB, workspaceId: null }));
      await server.runner.drain();
    };
    await local.api.post('/people', { firstName: 'Ada', lastName: 'King', phone: '+44 20 7946 0001' });
    await local.api.post('/people', { firstName: 'Augusta', lastName: 'Byron', phone: '+44 20 7946 0001' });
    await sweep();
    expect(await queuedScans(local.workspaceId)).toEqual(['people']);
    expect((await local.api.get('/duplicates')).body.data).toHaveLength(1);

    // As if the scan had run a quarter of an hour after those people were written (the sweep allows
    // ten minutes for a write that committed late): nothing new, so nothing to scan.
    await sql`UPDATE duplicate_scans SET started_at = now() + interval '15 minutes'
              WHERE workspace_id = ${local.workspaceId}`.execute(server.db.kysely);
    await sweep();
    expect(await queuedScans(local.workspaceId)).toEqual(['people']);

    const later = await local.api.post('/people', { firstName: 'Ada', lastName: 'Lovelace' });
    await sql`UPDATE people SET updated_at = now() + interval '30 minutes'
              WHERE workspace_id = ${local.workspaceId} AND id = ${later.body.id}`.execute(server.db.kysely);
    await sweep();
    expect(await queuedScans(local.workspaceId)).toEqual(['people', 'people']);
  });
});
