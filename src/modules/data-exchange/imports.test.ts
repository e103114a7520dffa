import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport as importFile } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

const runImport = (api: ApiClient, file: string | Buffer, options?: Parameters<typeof importFile>[3]) =>
  importFile(server, api, file, options);

const HUBSPOT = [
  'First Name,Last Name,Email,Phone Number,Company Name,Job Title,Lifecycle Stage,City,Country/Region,Record ID',
  'Ada,Lovelace,ADA@analytical.example,+44 20 7946 0958,Analytical Engines,Analyst,Marketing Qualified Lead,London,United Kingdom,1',
  'Grace,Hopper,grace@navy.example,(415) 555-2671,US Navy,Rear Admiral,customer,Arlington,US,2',
  'No,Email,not-an-email,,,,,,,3',
  'Linus,Torvalds,linus@kernel.example,,Analytical Engines,,lead,,FR,4',
  'Broken,Row,broken@example.com,too,few',
  '=1+2,Formula,formula@example.com,,,,Boss,,,6',
].join('\r\n');

describe('imports', () => {
  it('proposes a mapping for HubSpot headers, imports, rejects row by row, and audits as import:N', async () => {
    const created = await ws.api.post('/imports', { object: 'people' });
    await fetch(`${server.url}/api/v1/imports/${created.body.id}/file`, {
      method: 'PUT',
      headers: { ...ws.api.headers, 'content-type': 'text/csv' },
      body: HUBSPOT,
    });
    const preview = await ws.api.get(`/imports/${created.body.id}/preview`);
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(preview.body.proposedMapping).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Phone Number': 'phone',
      'Company Name': 'company.name',
      'Job Title': 'jobTitle',
      'Lifecycle Stage': 'lifecycleStage',
      City: 'city',
      'Country/Region': 'country',
      'Record ID': null,
    });
    expect(preview.body.rows).toHaveLength(6);
    // Each field says how its cells are read, built-in ones too: the mapping step asks from that
    // which country numbers without a +code are in, and which order dates write day and month.
    const typeOf = new Map(preview.body.fields.map((f: { key: string; type: string }) => [f.key, f.type]));
    expect(['phone', 'mobilePhone', 'createdAt', 'emails', 'jobTitle'].map((k) => typeOf.get(k))).toEqual([
      'phone',
      'phone',
      'dateTime',
      'email',
      'text',
    ]);

    const started = await ws.api.post(`/imports/${created.body.id}/start`, { dedupe: 'email' });
    expect(started.status, started.text).toBe(202);
    await server.runner.drain();
    const done = (await ws.api.get(`/imports/${created.body.id}`)).body;
    expect(done).toMatchObject({
      status: 'completed',
      progress: 1,
      counts: { read: 6, created: 3, updated: 0, skipped: 0, rejected: 3 },
      companiesCreated: 2,
    });

    const ada = (await ws.api.get('/people?email=ada@analytical.example')).body.data[0];
    expect(ada).toMatchObject({
      firstName: 'Ada',
      email: 'ada@analytical.example',
      phone: '+442079460958',
      lifecycleStage: 'qualified',
      jobTitle: 'Analyst',
      source: 'import',
      addresses: [{ city: 'London', country: 'GB' }],
      company: { name: 'Analytical Engines' },
    });
    const linus = (await ws.api.get('/people?email=linus@kernel.example')).body.data[0];
    expect(linus.companyId).toBe(ada.companyId);

    const rejected = await ws.api.get(`/imports/${created.body.id}/rejected`);
    expect(rejected.status).toBe(200);
    expect(rejected.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = parse(rejected.text) as string[][];
    expect(header).toEqual([...(HUBSPOT.split('\r\n')[0] ?? '').split(','), 'reason']);
    expect(rows).toEqual([
      [
        'No',
        'Email',
        'not-an-email',
        '',
        '',
        '',
        '',
        '',
        '',
        '3',
        'Email: "not-an-email" is not an e-mail address.',
      ],
      [
        'Broken',
        'Row',
        'broken@example.com',
        'too',
        'few',
        '',
        '',
        '',
        '',
        '',
        expect.stringMatching(/5 cells where the header has 10/),
      ],
      // A cell a spreadsheet would run is written quoted (the lifecycle stage "Boss" is not one).
      [
        "'=1+2",
        'Formula',
        'formula@example.com',
        '',
        '',
        '',
        'Boss',
        '',
        '',
        '6',
        expect.stringMatching(/^Lifecycle Stage: "Boss"/),
      ],
    ]);

    // The same rows as JSON pages, to read on screen: the file's order, the row under the header is 1.
    const firstPage = await ws.api.get(`/imports/${created.body.id}/rejections?limit=2`);
    expect(firstPage.status).toBe(200);
    expect(firstPage.body.data).toMatchObject([
      {
        row: 3,
        reason: 'Email: "not-an-email" is not an e-mail address.',
        cells: ['No', 'Email', 'not-an-email', '', '', '', '', '', '', '3'],
      },
      { row: 5, reason: expect.stringMatching(/5 cells where the header has 10/), cells: expect.any(Array) },
    ]);
    const secondPage = await ws.api.get(
      `/imports/${created.body.id}/rejections?limit=2&cursor=${firstPage.body.nextCursor}`,
    );
    // Cells as read: a formula stays a formula here (it is quoted only in the CSV, for spreadsheets).
    expect(secondPage.body).toMatchObject({
      data: [
        {
          row: 6,
          reason: expect.stringMatching(/^Lifecycle Stage: "Boss"/),
          cells: expect.arrayContaining(['=1+2']),
        },
      ],
      nextCursor: null,
    });

    const trail = await sql<{ object_type: string; n: number }>`
      SELECT object_type, count(*)::int AS n FROM record_changes
      WHERE workspace_id = ${ws.workspaceId} AND request_id = ${`import:${done.number}`} AND via = 'import'
      GROUP BY object_type ORDER BY object_type`.execute(server.db.kysely);
    expect(trail.rows).toEqual([
      { object_type: 'company', n: 2 },
      { object_type: 'employment', n: 3 },
      { object_type: 'import', n: 2 }, // processing, completed
      { object_type: 'person', n: 3 },
    ]);
  });
});

describe('dedupe', () => {
  const file = (rows: string[]) => ['email,firstName,lastName,tags,phone', ...rows].join('\n');

  it('re-running the same file creates nothing new; update merges, skip leaves records alone', async () => {
    const first = file(['dd1@example.com,Dee,One,a,', 'dd2@example.com,Dee,Two,,+33 1 42 68 53 00']);
    const once = await runImport(ws.api, first, { start: { dedupe: 'email' } });
    expect(once.counts).toMatchObject({ created: 2, updated: 0, skipped: 0, rejected: 0, repeated: 0 });
    const again = await runImport(ws.api, first, { start: { dedupe: 'email' } });
    expect(again.counts).toMatchObject({ read: 2, created: 0, updated: 0, skipped: 2, rejected: 0 });

    const changed = file(['DD1@example.com,Dora,,b,+1 415 555 2671', 'dd2@example.com,,,,']);
    const updated = await runImport(ws.api, changed, { start: { dedupe: 'email', mode: 'update' } });
    // Records written before this import are no repeat of its rows.
    expect(updated.counts).toMatchObject({ created: 0, updated: 1, skipped: 1, repeated: 0 });
    const dd1 = (await ws.api.get('/people?email=dd1@example.com')).body.data[0];
    // Given values replace, blank cells keep, lists grow.
    expect(dd1).toMatchObject({
      firstName: 'Dora',
      lastName: 'One',
      tags: ['a', 'b'],
      phone: '+14155552671',
      version: 2,
    });

    const skipped = await runImport(ws.api, file(['dd1@example.com,Zed,,,']), {
      start: { dedupe: 'email', mode: 'skip' },
    });
    expect(skipped.counts).toMatchObject({ created: 0, updated: 0, skipped: 1 });
    expect((await ws.api.get('/people?email=dd1@example.com')).body.data[0].firstName).toBe('Dora');

    const duplicates = await runImport(ws.api, file(['dd1@example.com,Zed,,,']), {
      start: { dedupe: 'email', mode: 'create' },
    });
    expect(duplicates.counts).toMatchObject({ created: 1 });
    expect((await ws.api.get('/people?email=dd1@example.com')).body.data).toHaveLength(2);
  });

  it('matches repeated e-mails within one file to the record their first row created', async () => {
    const rows = file(['rep@example.com,Rep,One,x,', 'other@example.com,Oth,,,', 'REP@example.com,,Two,y,']);
    const done = await runImport(ws.api, rows, { start: { dedupe: 'email' } });
    expect(done.counts).toMatchObject({ created: 2, updated: 1, rejected: 0 });
    const rep = (await ws.api.get('/people?email=rep@example.com')).body.data;
    expect(rep).toHaveLength(1);
    expect(rep[0]).toMatchObject({ firstName: 'Rep', lastName: 'Two', tags: ['x', 'y'] });
  });

  it('matches secondary e-mails too, and keeps the primary first', async () => {
    await ws.api.post('/people', {
      firstName: 'Sec',
      email: 'primary@sec.example',
      emails: [{ address: 'second@sec.example' }],
    });
    const done = await runImport(ws.api, file(['second@sec.example,,,,']), { start: { dedupe: 'email' } });
    expect(done.counts).toMatchObject({ created: 0, skipped: 1 });
  });
});

describe('files as spreadsheets write them', () => {
  it('reads Windows-1252 with semicolons, and UTF-16 with tabs', async () => {
    const latin = iconv.encode(
      'Vorname;Nachname;E-Mail;Stadt\nJürgen;Müller;juergen@example.de;Köln\n',
      'windows-1252',
    );
    const one = await runImport(ws.api, latin);
    expect(one).toMatchObject({ encoding: 'windows-1252', delimiter: ';', counts: { created: 1 } });
    const jurgen = (await ws.api.get('/people?email=juergen@example.de')).body.data[0];
    expect(jurgen).toMatchObject({ firstName: 'Jürgen', lastName: 'Müller', addresses: [{ city: 'Köln' }] });

    const wide = iconv.encode(
      'First Name\tLast Name\tEmail\nZoë\tŁukasiewicz\tzoe@example.pl\n',
      'utf-16le',
      { addBOM: true },
    );
    const two = await runImport(ws.api, wide);
    expect(two).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', counts: { created: 1 } });
    expect((await ws.api.get('/people?email=zoe@example.pl')).body.data[0].lastName).toBe('Łukasiewicz');
  });

  it('reads cells a spreadsheet garbled before (UTF-8 taken for Windows-1252) as they were written', async () => {
    // An export opened in a spreadsheet that guessed wrong, then saved: "José" became "JosÃ©".
    const garbled = iconv.decode(
      Buffer.from('José,García,jose.garcia@example.es,Málaga', 'utf8'),
      'windows-1252',
    );
    const file = iconv.encode(
      `First Name,Last Name,Email,City\n${garbled}\nZoë,Ã la carte,zoe@carte.example,\n`,
      'windows-1252',
    );
    const created = await ws.api.post('/imports', { object: 'people', filename: 'excel.csv' });
    await fetch(`${server.url}/api/v1/imports/${created.body.id}/file`, {
      method: 'PUT',
      headers: { ...ws.api.headers, 'content-type': 'text/csv' },
      body: file,
    });
    const shown = await ws.api.get(`/imports/${created.body.id}/preview`);
    expect(shown.body.rows[0]).toEqual(['José', 'García', 'jose.garcia@example.es', 'Málaga']);
    const done = await runImport(ws.api, file);
    expect(done.counts).toMatchObject({ created: 2, rejected: 0 });
    const jose = (await ws.api.get('/people?email=jose.garcia@example.es')).body.data[0];
    expect(jose).toMatchObject({ firstName: 'José', lastName: 'García', addresses: [{ city: 'Málaga' }] });
    // Sound text that merely holds an "Ã" stays as it is.
    expect((await ws.api.get('/people?email=zoe@carte.example')).body.data[0].lastName).toBe('Ã la carte');
  });

  it('types custom fields and tags from text, and names the column of a bad value', async () => {
    await ws.api.post('/custom-fields', { objectType: 'people', label: 'Shoe size', type: 'number' });
    await ws.api.post('/custom-fields', { objectType: 'people', label: 'Newsletter', type: 'boolean' });
    const csv =
      'Email,Shoe Size,newsletter,Tags\ncf1@example.com,"42,5",yes,vip; eu\ncf2@example.com,big,no,\n';
    const done = await runImport(ws.api, csv);
    expect(done.mapping).toEqual({
      Email: 'email',
      'Shoe Size': 'customFields.shoeSize',
      newsletter: 'customFields.newsletter',
      Tags: 'tags',
    });
    expect(done.counts).toMatchObject({ created: 1, rejected: 1 });
    const cf1 = (await ws.api.get('/people?email=cf1@example.com')).body.data[0];
    expect(cf1).toMatchObject({ customFields: { shoeSize: 42.5, newsletter: true }, tags: ['vip', 'eu'] });
    const rejected = parse((await ws.api.get(`/imports/${done.id}/rejected`)).text) as string[][];
    expect(rejected[1]?.at(-1)).toBe('Shoe Size: "big" is not a number.');
  });

  it('rejects a row with a NUL byte by its column, and keeps a header cell with one mappable', async () => {
    const csv = 'Email,Last\u0000Name,Job\nnul1@example.com,Ok,Dev\nnul2@example.com,Bad\u0000,Dev\n';
    const done = await runImport(ws.api, csv, {
      start: { mapping: { Email: 'email', 'Last\uFFFDName': 'lastName', Job: 'jobTitle' } },
    });
    expect(done.status).toBe('completed');
    expect(done.counts).toMatchObject({ created: 1, rejected: 1 });
    expect((await ws.api.get('/people?email=nul1@example.com')).body.data[0].lastName).toBe('Ok');
    const rejected = parse((await ws.api.get(`/imports/${done.id}/rejected`)).text) as string[][];
    expect(rejected[1]).toEqual([
      'nul2@example.com',
      'Bad\uFFFD',
      'Dev',
      'Last\uFFFDName: Text cannot contain the NUL character (U+0000).',
    ]);
  });
});

describe('companies', () => {
  it('imports companies deduped by domain, a website giving the domain', async () => {
    const csv = [
      'Company name,Company Domain Name,Website URL,Industry,Number of Employees,Annual Revenue,City,Country/Region',
      'Initech,initech.example,,Software,"1,200",5000000,Austin,United States',
      'Globex,,https://www.globex.example/about,Energy,50,,Paris,France',
      ',,,Nothing,,,,',
    ].join('\n');
    const done = await runImport(ws.api, csv, { object: 'companies', start: { dedupe: 'domain' } });
    expect(done.counts).toMatchObject({ created: 2, rejected: 1 });
    const globex = (await ws.api.get('/companies?domain=globex.example')).body.data[0];
    expect(globex).toMatchObject({
      name: 'Globex',
      industry: 'Energy',
      employees: 50,
      addresses: [{ city: 'Paris', country: 'FR' }],
    });
    const initech = (await ws.api.get('/companies?domain=initech.example')).body.data[0];
    expect(initech).toMatchObject({
      employees: 1200,
      annualRevenue: 5000000,
      addresses: [{ country: 'US' }],
    });

    const again = await runImport(ws.api, 'Domain,Industry\nINITECH.example,Consulting\n', {
      object: 'companies',
      start: { dedupe: 'domain' },
    });
    expect(again.counts).toMatchObject({ created: 0, updated: 1 });
    expect((await ws.api.get(`/companies/${initech.id}`)).body).toMatchObject({
      name: 'Initech',
      industry: 'Consulting',
    });

    // People rows point at companies by domain or name; the import links them without duplicates.
    const people = await runImport(
      ws.api,
      'Email,Company\np1@initech.example,initech.example\np2@globex.example,Globex\n',
    );
    expect(people).toMatchObject({ counts: { created: 2 }, companiesCreated: 0 });
    expect((await ws.api.get('/people?email=p2@globex.example')).body.data[0].companyId).toBe(globex.id);
  });
});

describe('the import resource', () => {
  it('validates input, refuses what the state does not allow, and cancels', async () => {
    expect((await ws.api.post('/imports', { object: 'deals' })).status).toBe(400);
    expect((await ws.api.post('/imports', { object: 'people', extra: 1 })).status).toBe(400);
    expect((await ws.api.post('/imports', { object: 'companies', format: 'vcf' })).status).toBe(400);
    const created = await ws.api.post('/imports', { object: 'people' });
    expect((await ws.api.post(`/imports/${created.body.id}/start`, {})).status).toBe(409);
    await fetch(`${server.url}/api/v1/imports/${created.body.id}/file`, {
      method: 'PUT',
      headers: ws.api.headers,
      body: 'Email\na@example.com\n',
    });
    const bad = await ws.api.post(`/imports/${created.body.id}/start`, {
      mapping: { Email: 'nope', Missing: 'email' },
      dedupe: 'domain',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: Json) => e.path).sort()).toEqual([
      '/dedupe',
      '/mapping/Email',
      '/mapping/Missing',
    ]);
    const cancelled = await ws.api.post(`/imports/${created.body.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await ws.api.post(`/imports/${created.body.id}/cancel`)).status).toBe(409);
    expect((await ws.api.get(`/imports/${created.body.id}/preview`)).status).toBe(409);
    const listed = await ws.api.get('/imports?limit=200');
    expect(listed.body.data.map((i: Json) => i.id)).toContain(created.body.id);
    expect(listed.body.data[0].number).toBeGreaterThan(listed.body.data.at(-1).number);
  });

  it('follows roles: viewers cannot import, reps see only their own imports and change only what they may', async () => {
    const viewer = await buildMember(server, ws, 'viewer');
    expect((await viewer.api.post('/imports', { object: 'people' })).status).toBe(403);
    const sales = await buildMember(server, ws, 'sales');
    const mine = await runImport(ws.api, 'Email,First Name\nowned@example.com,Admin\n');
    expect((await sales.api.get(`/imports/${mine.id}`)).status).toBe(404);
    const theirs = await runImport(sales.api, 'Email,First Name\nowned@example.com,Sales\n', {
      start: { dedupe: 'email' },
    });
    expect(theirs.counts).toMatchObject({ updated: 0, rejected: 1 });
    expect((await ws.api.get(`/imports/${theirs.id}`)).status).toBe(200);
    const rows = parse((await sales.api.get(`/imports/${theirs.id}/rejected`)).text) as string[][];
    expect(rows[1]?.at(-1)).toMatch(/may not change the person/);
  });

  it('lets a viewer follow every import, rejected rows included, and start or change none', async () => {
    const viewer = await buildMember(server, ws, 'viewer');
    const done = await runImport(ws.api, 'Email,First Name\nfollowed@example.com,Ada\nnot-an-email,Bad\n');
    const listed = await viewer.api.get('/imports?limit=200');
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.data.map((i: Json) => i.id)).toContain(done.id);
    const one = await viewer.api.get(`/imports/${done.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ status: 'completed', counts: { created: 1, rejected: 1 } });
    const rejections = await viewer.api.get(`/imports/${done.id}/rejections`);
    expect(rejections.body.data).toEqual([expect.objectContaining({ cells: ['not-an-email', 'Bad'] })]);
    const csv = parse((await viewer.api.get(`/imports/${done.id}/rejected`)).text) as string[][];
    expect(csv[1]?.slice(0, 2)).toEqual(['not-an-email', 'Bad']);

    const uploaded = await ws.api.post('/imports', { object: 'people' });
    await fetch(`${server.url}/api/v1/imports/${uploaded.body.id}/file`, {
      method: 'PUT',
      headers: { ...ws.api.headers, 'content-type': 'text/csv' },
      body: 'Email\nlater@example.com\n',
    });
    const refused = [
      await viewer.api.post('/imports', { object: 'people' }),
      await viewer.api.post('/imports', { object: 'companies' }),
      await viewer.api.get(`/imports/${uploaded.body.id}/preview`),
      await viewer.api.post(`/imports/${uploaded.body.id}/start`, {}),
      await viewer.api.post(`/imports/${uploaded.body.id}/cancel`),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403]);
    const reupload = await fetch(`${server.url}/api/v1/imports/${uploaded.body.id}/file`, {
      method: 'PUT',
      headers: { ...viewer.api.headers, 'content-type': 'text/csv' },
      body: 'Email\nsneaked@example.com\n',
    });
    expect(reupload.status).toBe(403);
    expect((await ws.api.get(`/imports/${uploaded.body.id}`)).body.status).toBe('uploaded');
  });
});
