import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse, Json } from '../../../tests/support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { LIFECYCLE_STAGES } from './people.rules.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

describe('people', () => {
  it('cleans contact details: lower-cased e-mails, E.164 phones, ISO countries', async () => {
    const created = await ws.api.post('/people', {
      firstName: '  Grace ',
      lastName: 'Hopper',
      email: 'Grace.Hopper@Navy.MIL',
      emails: [{ address: 'grace@example.org', type: 'personal' }],
      phones: [{ number: '01 42 68 53 00', type: 'work' }],
      addresses: [{ type: 'work', city: 'Paris', country: 'fr' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Grace Hopper',
      firstName: 'Grace',
      email: 'grace.hopper@navy.mil',
      emails: [
        { address: 'grace.hopper@navy.mil', type: 'work' },
        { address: 'grace@example.org', type: 'personal' },
      ],
      phone: '+33142685300',
      addresses: [{ city: 'Paris', country: 'FR', street: null }],
      lifecycleStage: 'lead',
      ownerId: ws.admin.id,
      source: 'api',
    });
    const found = await ws.api.get('/people?email=GRACE@example.org');
    expect(found.body.data.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const byPhone = await ws.api.get(`/people?phone=${encodeURIComponent('+33 1 42 68 53 00')}`);
    expect(byPhone.body.data.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
  });

  it('reports every invalid detail with its path, and writes nothing', async () => {
    const before = (await ws.api.get('/people?limit=200')).body.data.length;
    const bad = await ws.api.post('/people', {
      firstName: 'X',
      email: 'not-an-email',
      phones: [{ number: '12', type: 'work' }],
      addresses: [{ country: 'XX' }],
      lifecycleStage: 'customer',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/addresses/0/country',
      '/email',
      '/phones/0/number',
    ]);
    expect((await ws.api.post('/people', { jobTitle: 'Nobody' })).status).toBe(400);
    // A country's name rather than its code is told what is expected, not a length.
    const named = await ws.api.post('/people', { firstName: 'X', addresses: [{ country: 'France' }] });
    expect(named.body.errors).toEqual([
      {
        path: '/addresses/0/country',
        message: 'Expected a two-letter ISO 3166-1 country code, such as "FR".',
      },
    ]);
    expect((await ws.api.get('/people?limit=200')).body.data.length).toBe(before);
  });

  it('refuses a phone number that is possible but not valid where it is read, with a hint; still finds stored ones', async () => {
    // A French mobile written without its country code, in a workspace whose default country is the US.
    const local = await buildWorkspace(server, 'Phones');
    const frenchMobile = await local.api.post('/people', {
      lastName: 'Dupont',
      phones: [{ number: '06 12 34 56 78', type: 'mobile' }],
    });
    expect(frenchMobile.status).toBe(400);
    expect(frenchMobile.body.errors).toEqual([
      {
        path: '/phones/0/number',
        message: '"06 12 34 56 78" is not a valid phone number in US: write it with its country code (+…).',
      },
    ]);
    const inFrance = await local.api.post('/people', {
      lastName: 'Dupont',
      phones: [{ number: '06 12 34 56 78', type: 'mobile' }],
      addresses: [{ type: 'home', country: 'FR' }],
    });
    expect(inFrance.body.phone).toBe('+33612345678');
    const noSuchArea = await local.api.post('/people', { lastName: 'Nobody', phone: '+1 555 555 5555' });
    expect(noSuchArea.body.errors[0]).toEqual({
      path: '/phone',
      message: '"+1 555 555 5555" is not a valid phone number.',
    });
    // Stored before numbers had to be valid: still found by it.
    await sql`INSERT INTO people (workspace_id, last_name, phones)
              VALUES (${local.workspaceId}, 'Legacy', '[{"number": "+15555555555", "type": "work"}]')`.execute(
      server.db.kysely,
    );
    const legacy = await local.api.get(`/people?phone=${encodeURIComponent('+1 555 555 5555')}`);
    expect(legacy.body.data.map((p: { lastName: string }) => p.lastName)).toEqual(['Legacy']);
  });

  it('updates partially, tracks the lifecycle stage, and deletes', async () => {
    const person = (await ws.api.post('/people', { firstName: 'Lin', email: 'lin@example.com', tags: ['a'] }))
      .body;
    const updated = await ws.api.patch(
      `/people/${person.id}`,
      { lifecycleStage: 'customer' },
      { 'if-match': '"1"' },
    );
    expect(updated.body).toMatchObject({
      lifecycleStage: 'customer',
      email: 'lin@example.com',
      tags: ['a'],
      version: 2,
    });
    expect(Date.parse(updated.body.lifecycleChangedAt)).toBeGreaterThanOrEqual(
      Date.parse(person.lifecycleChangedAt),
    );
    const history = await ws.api.get(`/audit-log?recordId=${person.id}&action=updated`);
    expect(history.body.data[0].changes.lifecycleStage).toEqual({ before: 'lead', after: 'customer' });
    expect((await ws.api.delete(`/people/${person.id}`)).status).toBe(204);
    expect((await ws.api.get(`/people/${person.id}`)).status).toBe(404);
    expect((await ws.api.get('/people?email=lin@example.com')).body.data).toEqual([]);
  });

  it('finds people by typo-tolerant search, prefix, e-mail and phone', async () => {
    const john = (
      await ws.api.post('/people', {
        firstName: 'John',
        lastName: 'Smith',
        email: 'jsmith@smith.example',
        phone: '+1 415 555 2671',
      })
    ).body;
    await ws.api.post('/people', { firstName: 'Joan', lastName: 'Smythe' });
    await ws.api.post('/people', { firstName: 'Zoë', lastName: 'Ångström' });
    const search = async (q: string) =>
      (await ws.api.get(`/people?q=${encodeURIComponent(q)}`)).body.data.map((p: { name: string }) => p.name);
    expect((await search('jonh smiht'))[0]).toBe('John Smith');
    expect((await search('john smith'))[0]).toBe('John Smith');
    expect(await search('smi')).toEqual(expect.arrayContaining(['John Smith']));
    expect(await search('zoe angstrom')).toEqual(['Zoë Ångström']);
    expect(await search('JSMITH@smith.example')).toEqual(['John Smith']);
    expect(await search('(415) 555-2671')).toEqual(['John Smith']);
    for (const q of ['!!!', '....', '😀']) expect(await search(q), q).toEqual([]);
    expect(john.id).toBeDefined();

    // Whole-word matches come first: alone when they fill the page (the fuzzy probes are skipped),
    // followed by similar names when the page is larger than they are.
    const limited = async (q: string, limit: number) =>
      (await ws.api.get(`/people?q=${encodeURIComponent(q)}&limit=${limit}`)).body.data.map(
        (p: { name: string }) => p.name,
      );
    await ws.api.post('/people', { firstName: 'Jonh', lastName: 'Smiht' });
    expect(await limited('jonh smiht', 1)).toEqual(['Jonh Smiht']);
    expect((await limited('jonh smiht', 10)).slice(0, 2)).toEqual(['Jonh Smiht', 'John Smith']);
    expect(await limited('joan smyth', 10)).toEqual(expect.arrayContaining(['Joan Smythe']));

    // A name with the query's letters in another order matches too, after the word spelt as typed.
    await ws.api.post('/people', { firstName: 'Leif', lastName: 'Sandberg' });
    await ws.api.post('/people', { firstName: 'Ronny', lastName: 'Feil' });
    expect(await limited('feil', 2)).toEqual(['Ronny Feil', 'Leif Sandberg']);
  });

  it('finds a German name in either spelling: Müller as Mueller, Mueller as Müller', async () => {
    const local = await buildWorkspace(server, 'Umlauts');
    for (const [firstName, lastName] of [
      ['Jürgen', 'Müller'],
      ['Jose', 'Mueller'],
      ['Ute', 'Schröder'],
      ['Enrique', 'Ortega'],
    ])
      expect((await local.api.post('/people', { firstName, lastName })).status).toBe(201);
    await local.api.post('/companies', { name: 'Bäckerei Schön' });
    const search = async (q: string) =>
      (await local.api.get(`/people?q=${encodeURIComponent(q)}`)).body.data.map(
        (p: { name: string }) => p.name,
      );
    // Both spellings, as whole words (ranked by how close the whole name is).
    for (const q of ['Mueller', 'Müller', 'MÜLLER'])
      expect((await search(q)).sort(), q).toEqual(['Jose Mueller', 'Jürgen Müller']);
    // Whole words first; a name only similar (by trigrams) after.
    expect((await search('juergen mueller'))[0]).toBe('Jürgen Müller');
    expect(await search('Schroeder')).toEqual(['Ute Schröder']);
    expect(await search('Enrique')).toEqual(['Enrique Ortega']);
    const companies = await local.api.get(`/companies?q=${encodeURIComponent('Baeckerei Schoen')}`);
    expect(companies.body.data.map((c: { name: string }) => c.name)).toEqual(['Bäckerei Schön']);
    const everywhere = await local.api.get(`/search?q=${encodeURIComponent('Schroeder')}`);
    expect(everywhere.body.best).toMatchObject([{ type: 'person', title: 'Ute Schröder' }]);
  });

  it('filters with the filter language, sorts, and pages with cursors', async () => {
    const local = await buildWorkspace(server, 'Filters');
    const acme = (
      await local.api.post('/companies', { name: 'Acme', industry: 'Retail', domain: 'acme.example' })
    ).body;
    for (let i = 0; i < 6; i++) {
      await local.api.post('/people', {
        lastName: `P${i}`,
        lifecycleStage: i % 2 === 0 ? 'customer' : 'lead',
        tags: i < 3 ? ['vip'] : [],
        ...(i % 3 === 0 ? { companyId: acme.id } : {}),
      });
    }
    const names = async (query: string) => {
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const page: ApiResponse<Json> = await local.api.get(
          `/people?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        all.push(...page.body.data.map((p: { lastName: string }) => p.lastName));
        cursor = page.body.nextCursor;
      } while (cursor);
      return all;
    };
    expect(
      await names(`sort=lastName&${filter({ field: 'lifecycleStage', op: 'eq', value: 'customer' })}`),
    ).toEqual(['P0', 'P2', 'P4']);
    expect(
      await names(
        `sort=-lastName&${filter({
          or: [
            { field: 'tags', op: 'hasAny', value: ['vip'] },
            { field: 'company.industry', op: 'eq', value: 'retail' },
          ],
        })}`,
      ),
    ).toEqual(['P3', 'P2', 'P1', 'P0']);
    expect(await names(`sort=lastName&${filter({ field: 'company.name', op: 'isEmpty' })}`)).toEqual([
      'P1',
      'P2',
      'P4',
      'P5',
    ]);
    const bad = await local.api.get(`/people?${filter({ field: 'shoeSize', op: 'gt', value: 3 })}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/filter/field');
    expect((await local.api.get('/people?filter=%7Bnope')).status).toBe(400);
    const notJson = await local.api.get('/people?filter=lifecycleStage%3Dcustomer');
    expect(notJson.status).toBe(400);
    // What to write instead, for someone who guessed at a syntax (the CLI's --filter passes it on).
    expect(notJson.body.errors[0].message).toContain(
      '{"field":"lifecycleStage","op":"eq","value":"customer"}',
    );
  });

  it('sorts by lifecycle stage in the order of the funnel, not the alphabet, page after page', async () => {
    const local = await buildWorkspace(server, 'Funnel');
    // Created out of order, two at one stage: the id breaks the tie.
    const stages = [
      'churned',
      'other',
      'lead',
      'customer',
      'subscriber',
      'lead',
      'evangelist',
      'qualified',
      'opportunity',
    ];
    for (const [i, lifecycleStage] of stages.entries())
      expect((await local.api.post('/people', { lastName: `S${i}`, lifecycleStage })).status).toBe(201);
    const walk = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: ApiResponse<Json> = await local.api.get(
          `/people?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.data.map((p: { lifecycleStage: string }) => p.lifecycleStage));
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    };
    const funnel = [
      'subscriber',
      'lead',
      'lead',
      'qualified',
      'opportunity',
      'customer',
      'evangelist',
      'churned',
      'other',
    ];
    expect(await walk('lifecycleStage')).toEqual(funnel);
    expect(await walk('-lifecycleStage')).toEqual([...funnel].reverse());
    // The database's rank and the API's list of stages are one order.
    const ranks = await server.db.kysely
      .selectNoFrom((eb) =>
        LIFECYCLE_STAGES.map((stage, i) => eb.fn<number>('rapport_stage_rank', [eb.val(stage)]).as(`r${i}`)),
      )
      .executeTakeFirstOrThrow();
    expect(Object.values(ranks)).toEqual(LIFECYCLE_STAGES.map((_, i) => i + 1));
  });
});

describe('counting a list', () => {
  it('counts exactly up to 10,000, with the list’s filters; past that, says about how many', async () => {
    const local = await buildWorkspace(server, 'Counted');
    for (const lifecycleStage of ['customer', 'customer', 'lead'])
      await local.api.post('/people', { lastName: 'Counted', lifecycleStage });
    expect((await local.api.get('/people/count')).body).toEqual({ count: 3, accuracy: 'exact' });
    const customers = await local.api.get(
      `/people/count?${filter({ field: 'lifecycleStage', op: 'eq', value: 'customer' })}`,
    );
    expect(customers.body).toEqual({ count: 2, accuracy: 'exact' });
    expect((await local.api.get('/people/count?lifecycleStage=lead')).body).toEqual({
      count: 1,
      accuracy: 'exact',
    });
    expect((await local.api.get('/people/count?filter=%7Bnope')).status).toBe(400);

    await sql`INSERT INTO people (workspace_id, last_name)
              SELECT ${local.workspaceId}, 'Many ' || n FROM generate_series(1, 30000) AS n`.execute(
      server.db.kysely,
    );
    await sql`ANALYZE people`.execute(server.db.kysely);
    const many = (await local.api.get('/people/count')).body;
    expect(many.accuracy).toBe('estimate');
    expect(many.count).toBeGreaterThan(20_000);
    // A filter the planner expects to be small is counted, and stops past 10,000.
    const leads = await local.api.get('/people/count?lifecycleStage=lead');
    expect(leads.body.count).toBeGreaterThanOrEqual(10_000);
    expect(leads.body.accuracy).not.toBe('exact');
    // Other workspaces' people never count.
    expect((await ws.api.get('/people/count?tag=nobody-has-this')).body).toEqual({
      count: 0,
      accuracy: 'exact',
    });
  });
});

describe('who sees whose people', () => {
  it('lets a sales rep read everyone but change only their own', async () => {
    const local = await buildWorkspace(server, 'Visibility');
    const rep = await buildMember(server, local, 'sales');
    const mine = (await rep.api.post('/people', { lastName: 'Mine' })).body;
    const theirs = (await local.api.post('/people', { lastName: 'Theirs' })).body;
    expect(mine.ownerId).toBe(rep.id);
    expect((await rep.api.get(`/people/${theirs.id}`)).status).toBe(200);
    expect((await rep.api.patch(`/people/${theirs.id}`, { jobTitle: 'x' })).status).toBe(403);
    expect((await rep.api.patch(`/people/${mine.id}`, { jobTitle: 'x' })).status).toBe(200);
    expect((await rep.api.delete(`/people/${theirs.id}`)).status).toBe(403);
    const viewer = await buildMember(server, local, 'viewer');
    expect((await viewer.api.post('/people', { lastName: 'Nope' })).status).toBe(403);
  });
});
