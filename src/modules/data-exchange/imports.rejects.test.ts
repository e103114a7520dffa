import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport as importFile } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// "Nothing accepted is lost, nothing rejected is written": a rejected row leaves no company, no
// employment, no person and no audit entry behind, whatever rejected it and whenever.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const runImport = (api: ApiClient, file: string, options?: Parameters<typeof importFile>[3]) =>
  importFile(server, api, file, options);

async function companyNames(ws: TestWorkspace): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    SELECT name FROM companies WHERE workspace_id = ${ws.workspaceId} ORDER BY name`.execute(
    server.db.kysely,
  );
  return rows.rows.map((r) => r.name);
}

async function trail(ws: TestWorkspace, number: number): Promise<Record<string, number>> {
  const rows = await sql<{ object_type: string; n: number }>`
    SELECT object_type, count(*)::int AS n FROM record_changes
    WHERE workspace_id = ${ws.workspaceId} AND request_id = ${`import:${number}`}
    GROUP BY object_type`.execute(server.db.kysely);
  return Object.fromEntries(rows.rows.map((r) => [r.object_type, r.n]));
}

async function rejections(ws: TestWorkspace, importId: string): Promise<Json[]> {
  const page = await ws.api.get(`/imports/${importId}/rejections?limit=100`);
  return page.body.data.map((r: Json) => ({ row: r.row, reason: r.reason }));
}

const PEOPLE_MAPPING = {
  Email: 'email',
  'First Name': 'firstName',
  Phone: 'phone',
  Company: 'company.name',
  Country: 'country',
  Owner: 'owner',
};

describe('rejected people rows', () => {
  it('create neither the company they name nor anything else; the good rows land with theirs', async () => {
    const ws = await buildWorkspace(server);
    const csv = [
      'Email,First Name,Phone,Company,Country,Owner',
      'jose.muller@exämple,José,,Bäckerei Größe GmbH,DE,',
      'bad.phone@example.com,Bad,12,Phonelos Ltd,,',
      'no.owner@example.com,Nobody,,Ownerless Ltd,,nobody@example.com',
      'xx@example.com,Ex,+44 20 7946 0958,Nowhere Ltd,XX,',
      'ana@example.com,Ana,+44 20 7946 0958,Grün AG,UK,',
      'ben@example.com,Ben,,Grün AG,,',
      // A space typed into an address: refused, not stored as twain@example.com, someone else's.
      'mark twain@example.com,Mark,,,,',
    ].join('\n');
    const done = await runImport(ws.api, csv, { start: { mapping: PEOPLE_MAPPING } });
    expect(done).toMatchObject({
      status: 'completed',
      counts: { read: 7, created: 2, rejected: 5 },
      companiesCreated: 1,
    });
    expect(await rejections(ws, done.id)).toEqual([
      { row: 1, reason: 'Email: "jose.muller@exämple" is not an e-mail address.' },
      { row: 2, reason: expect.stringMatching(/^Phone: "12" is not a/) },
      { row: 3, reason: 'Owner: no active member "nobody@example.com".' },
      // The number has its own +44: only the country is wrong.
      {
        row: 4,
        reason:
          'Country: "XX" is not a country: give its ISO code (such as FR) or its name in English, French, German or Spanish.',
      },
      { row: 7, reason: 'Email: "mark twain@example.com" is not an e-mail address.' },
    ]);
    expect(await companyNames(ws)).toEqual(['Grün AG']);
    expect((await ws.api.get('/people?email=twain@example.com')).body.data).toEqual([]);
    for (const q of ['Bäckerei', 'Phonelos', 'Ownerless', 'Nowhere'])
      expect((await ws.api.get(`/companies?q=${encodeURIComponent(q)}`)).body.data).toEqual([]);

    const ana = (await ws.api.get('/people?email=ana@example.com')).body.data[0];
    expect(ana).toMatchObject({
      phone: '+442079460958',
      addresses: [{ country: 'GB' }],
      company: { name: 'Grün AG' },
    });
    const ben = (await ws.api.get('/people?email=ben@example.com')).body.data[0];
    expect(ben.companyId).toBe(ana.companyId);
    expect(await trail(ws, done.number)).toEqual({ company: 1, employment: 2, person: 2, import: 2 });
  });

  it('name every bad cell of a row at once: an unknown country beside a bad e-mail, phone and date', async () => {
    const ws = await buildWorkspace(server);
    const csv = [
      'Email;First Name;Phone;Country;Created',
      'not-an-email;Bad;555;Atlantis;31/02/2022',
      'zoe@example.de;Zoë;+49 30 1234567;Deutschland;2022-07-01',
    ].join('\n');
    const mapping = {
      Email: 'email',
      'First Name': 'firstName',
      Phone: 'phone',
      Country: 'country',
      Created: 'createdAt',
    };
    const done = await runImport(ws.api, csv, { start: { mapping } });
    expect(done.counts).toMatchObject({ created: 1, rejected: 1 });
    const [rejected] = (await ws.api.get(`/imports/${done.id}/rejections`)).body.data;
    expect(rejected.columns.sort()).toEqual(['Country', 'Created', 'Email', 'Phone']);
    expect(rejected.reason).toContain('Country: "Atlantis" is not a country');
    expect(rejected.reason).toContain('Email: "not-an-email" is not an e-mail address.');
    expect((await ws.api.get('/people?email=zoe@example.de')).body.data[0].addresses[0].country).toBe('DE');
    // The rows to fix come back separated as the file was, for the spreadsheet that wrote it.
    const file = (await ws.api.get(`/imports/${done.id}/rejected`)).text.split('\r\n');
    expect(file[0]).toBe('Email;First Name;Phone;Country;Created;reason');
    expect(file[1]).toMatch(/^not-an-email;Bad;555;Atlantis;31\/02\/2022;"Country: /);
  });

  it('that match a person leave the person, and the company they name, alone', async () => {
    const ws = await buildWorkspace(server);
    const carla = await ws.api.post('/people', {
      firstName: 'Carla',
      email: 'carla@example.com',
      phone: '+44 20 7946 0958',
    });
    expect(carla.status, carla.text).toBe(201);
    const update = { dedupe: 'email', mode: 'update', mapping: { ...PEOPLE_MAPPING, Job: 'jobTitle' } };
    const header = 'Email,First Name,Phone,Company,Country,Owner,Job';

    // A bad phone cannot be dropped from the row while the rest of it is written.
    const badPhone = await runImport(ws.api, `${header}\ncarla@example.com,Carlotta,12,Newco Ltd,,,Chief\n`, {
      start: update,
    });
    expect(badPhone.counts).toMatchObject({ updated: 0, rejected: 1 });
    expect((await rejections(ws, badPhone.id))[0]?.reason).toMatch(/^Phone: "12" is not a/);

    // Refused by the role, after the companies would have been looked up.
    const sales = await buildMember(server, ws, 'sales');
    const refused = await runImport(
      sales.api,
      `${header}\ncarla@example.com,Carlotta,,Salesco Ltd,,,Chief\n`,
      {
        start: update,
      },
    );
    expect(refused.counts).toMatchObject({ updated: 0, rejected: 1 });
    expect((await rejections(ws, refused.id))[0]?.reason).toMatch(/may not change the person/);

    expect(await companyNames(ws)).toEqual([]);
    expect((await ws.api.get(`/people/${carla.body.id}`)).body).toMatchObject({
      firstName: 'Carla',
      jobTitle: null,
      companyId: null,
      phone: '+442079460958',
      version: 1,
    });
    expect(await trail(ws, badPhone.number)).toEqual({ import: 2 });
    expect(await trail(ws, refused.number)).toEqual({ import: 2 });
  });
});

describe('a row with several problems', () => {
  it('names them all at once, but not what a matching record could still supply; a blank one is skipped', async () => {
    const ws = await buildWorkspace(server);
    const csv = [
      'Email,First Name,Phone,Create Date',
      'not-an-email,Bad,12,31.12.2099',
      ',,,45.13.2020',
      'fine@example.com,Fine,,15.03.2021 10:22',
      // What spreadsheets write below their data: nothing to import, nothing to fix.
      ',,,',
      ' , ,,',
    ].join('\n');
    const done = await runImport(ws.api, csv, {
      start: {
        mapping: { Email: 'email', 'First Name': 'firstName', Phone: 'phone', 'Create Date': 'createdAt' },
        dateOrder: 'dayFirst',
      },
    });
    expect(done.counts).toMatchObject({ read: 5, created: 1, rejected: 2, skipped: 2 });
    const [both, alone, ...more] = await rejections(ws, done.id);
    expect(more).toEqual([]);
    expect(both?.reason).toMatch(
      /^Create Date: "31\.12\.2099" is in the future: .* Email: "not-an-email" is not an e-mail address\. Phone: "12" is not a/,
    );
    // Its one cell is the only problem named: "give a name" would be wrong were the row to update.
    expect(alone?.reason).toMatch(/^Create Date: "45\.13\.2020" is not a date/);
    expect(alone?.reason).not.toContain('name');
    const fine = (await ws.api.get('/people?email=fine@example.com')).body.data[0];
    expect(fine.createdAt).toBe('2021-03-15T10:22:00.000Z');
  });
});

describe('rejected company rows', () => {
  it('that match a company leave it alone: a bad country is not dropped while the city is written', async () => {
    const ws = await buildWorkspace(server);
    const initech = await ws.api.post('/companies', { name: 'Initech', domain: 'initech.example' });
    expect(initech.status, initech.text).toBe(201);
    const done = await runImport(
      ws.api,
      'Domain,City,Country\ninitech.example,Paris,XX\nglobex.example,Paris,XX\nhooli.example,Palo Alto,US\n',
      { object: 'companies', start: { dedupe: 'domain', mode: 'update' } },
    );
    expect(done.counts).toMatchObject({ created: 1, updated: 0, rejected: 2 });
    expect(await rejections(ws, done.id)).toEqual([
      {
        row: 1,
        reason:
          'Country: "XX" is not a country: give its ISO code (such as FR) or its name in English, French, German or Spanish.',
      },
      {
        row: 2,
        reason:
          'Country: "XX" is not a country: give its ISO code (such as FR) or its name in English, French, German or Spanish.',
      },
    ]);
    expect(await companyNames(ws)).toEqual(['Initech', 'hooli.example']);
    expect((await ws.api.get(`/companies/${initech.body.id}`)).body).toMatchObject({
      addresses: [],
      version: 1,
    });
    expect(await trail(ws, done.number)).toEqual({ company: 1, import: 2 });
  });
});

describe('owners who are not members here', () => {
  const ownerOf = async (ws: TestWorkspace, email: string) => {
    const found = await ws.api.get(
      `/people?filter=${encodeURIComponent(JSON.stringify({ field: 'email', op: 'eq', value: email }))}`,
    );
    return found.body.data[0]?.ownerId as string | undefined;
  };

  it('reject their rows, unless the import ignores such owners: then new records are the importer’s, updated ones keep theirs', async () => {
    const ws = await buildWorkspace(server);
    const sales = await buildMember(server, ws, 'sales');
    const kept = await ws.api.post('/people', {
      firstName: 'Kept',
      email: 'kept@example.com',
      ownerId: sales.id,
    });
    expect(kept.status).toBe(201);
    const csv = [
      'Email,First Name,Owner',
      'stranger@example.com,Stray,someone@elsewhere.example',
      `member@example.com,Mem,${sales.email.toUpperCase()}`,
      'kept@example.com,Kept Again,someone@elsewhere.example',
    ].join('\n');
    const mapping = { Email: 'email', 'First Name': 'firstName', Owner: 'owner' };

    const strict = await runImport(ws.api, csv, { start: { mapping, dedupe: 'email' } });
    expect(strict).toMatchObject({ unknownOwner: 'reject', counts: { created: 1, rejected: 2 } });
    expect(await rejections(ws, strict.id)).toEqual([
      { row: 1, reason: 'Owner: no active member "someone@elsewhere.example".' },
      { row: 3, reason: 'Owner: no active member "someone@elsewhere.example".' },
    ]);

    // The rejected rows again, as they were, with the owners not found ignored.
    const retried = await ws.api.post(`/imports/${strict.id}/retry`, {
      rows: [
        { row: 1, cells: ['stranger@example.com', 'Stray', 'someone@elsewhere.example'] },
        { row: 3, cells: ['kept@example.com', 'Kept Again', 'someone@elsewhere.example'] },
      ],
      unknownOwner: 'ignore',
    });
    expect(retried.status, retried.text).toBe(201);
    expect(retried.body.unknownOwner).toBe('ignore');
    await server.runner.drain();
    const retry = (await ws.api.get(`/imports/${retried.body.id}`)).body;
    expect(retry).toMatchObject({ status: 'completed', counts: { created: 1, updated: 1, rejected: 0 } });
    expect(await ownerOf(ws, 'stranger@example.com')).toBe(ws.admin.id);
    expect(await ownerOf(ws, 'kept@example.com')).toBe(sales.id);
    expect(await ownerOf(ws, 'member@example.com')).toBe(sales.id);

    // Given at the start, for a company file too; a value outside the two is a validation error.
    const companies = 'Name,Owner\nFar Away Ltd,someone@elsewhere.example\n';
    const bad = await runImportStart(ws, companies, { unknownOwner: 'drop' });
    expect(bad.status, bad.text).toBe(400);
    expect(bad.body.errors[0].path).toBe('/unknownOwner');
    const lenient = await runImport(ws.api, companies, {
      object: 'companies',
      start: { mapping: { Name: 'name', Owner: 'owner' }, unknownOwner: 'ignore' },
    });
    expect(lenient).toMatchObject({ unknownOwner: 'ignore', counts: { created: 1, rejected: 0 } });
    expect(await companyNames(ws)).toContain('Far Away Ltd');
  });

  it('are named in the rejection of a row that has other problems too, so one round of fixes is enough', async () => {
    const ws = await buildWorkspace(server);
    const people = [
      'Email,First Name,Created,Owner',
      'one@example.com,One,2024-02-30,someone@elsewhere.example',
      `two@example.com,Two,2024-02-30,${ws.admin.email}`,
      'not-an-email,Three,,someone@elsewhere.example',
    ].join('\n');
    const done = await runImport(ws.api, people, {
      start: { mapping: { Email: 'email', 'First Name': 'firstName', Created: 'createdAt', Owner: 'owner' } },
    });
    expect(done.counts).toMatchObject({ created: 0, rejected: 3 });
    const reasons = await rejections(ws, done.id);
    expect(reasons[0]?.reason).toMatch(
      /^Created: .+ Owner: no active member "someone@elsewhere\.example"\.$/,
    );
    expect(reasons[1]?.reason).not.toContain('Owner');
    expect(reasons[2]?.reason).toMatch(/^Email: .+ Owner: no active member "someone@elsewhere\.example"\.$/);
    // Ignored owners are not problems, for rows rejected for something else either.
    const lenient = await runImport(ws.api, people, {
      start: {
        mapping: { Email: 'email', 'First Name': 'firstName', Created: 'createdAt', Owner: 'owner' },
        unknownOwner: 'ignore',
      },
    });
    expect((await rejections(ws, lenient.id)).map((r) => r.reason).join(' ')).not.toContain('Owner');

    const companies = 'Name,Domain,Owner\nFar Away Ltd,not a domain,someone@elsewhere.example\n';
    const company = await runImport(ws.api, companies, {
      object: 'companies',
      start: { mapping: { Name: 'name', Domain: 'domain', Owner: 'owner' } },
    });
    expect((await rejections(ws, company.id))[0]?.reason).toMatch(
      /^Domain: .+ Owner: no active member "someone@elsewhere\.example"\.$/,
    );
  });
});

/** Creates a company import of `file` and asks to start it with `start`, returning the answer. */
async function runImportStart(ws: TestWorkspace, file: string, start: Record<string, unknown>) {
  const created = await ws.api.post('/imports', { object: 'companies', format: 'csv' });
  await fetch(`${server.url}/api/v1/imports/${created.body.id}/file`, {
    method: 'PUT',
    headers: { ...ws.api.headers, 'content-type': 'text/csv' },
    body: file,
  });
  return ws.api.post(`/imports/${created.body.id}/start`, start);
}
