import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport as importFile } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { Router } from './imports.writers.ts';

// What other CRMs export, as an exploratory walk found it: several addresses in one cell, display
// names, internationalised domains, dates in a locale's order, headers named their way.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const runImport = (api: ApiClient, file: string, options?: Parameters<typeof importFile>[3]) =>
  importFile(server, api, file, options);

async function rejections(ws: TestWorkspace, importId: string): Promise<Json[]> {
  const page = await ws.api.get(`/imports/${importId}/rejections?limit=100`);
  return page.body.data.map((r: Json) => ({ row: r.row, reason: r.reason }));
}

async function personByEmail(ws: TestWorkspace, email: string): Promise<Json> {
  const found = await ws.api.get(`/people?email=${encodeURIComponent(email)}`);
  expect(found.status, found.text).toBe(200);
  expect(found.body.data).toHaveLength(1);
  return found.body.data[0];
}

describe('internationalised e-mails and domains', () => {
  it('are one record whichever form is typed, in the API, its look-ups and imports', async () => {
    const ws = await buildWorkspace(server);
    const city = await ws.api.post('/companies', {
      name: 'Stadt München',
      domain: 'https://www.münchen.de/',
      website: 'www.MÜNCHEN.de/',
    });
    expect(city.status, city.text).toBe(201);
    expect(city.body).toMatchObject({
      domain: 'xn--mnchen-3ya.de',
      website: 'https://www.xn--mnchen-3ya.de/',
    });
    for (const domain of ['münchen.de', 'xn--mnchen-3ya.de', 'https://MÜNCHEN.de/rathaus']) {
      const found = await ws.api.get(`/companies?domain=${encodeURIComponent(domain)}`);
      expect(found.body.data.map((c: Json) => c.id)).toEqual([city.body.id]);
    }
    for (const q of ['münchen.de', 'xn--mnchen-3ya.de', 'info@münchen.de']) {
      const found = await ws.api.get(`/companies?q=${encodeURIComponent(q)}`);
      expect(found.body.data.map((c: Json) => c.id)).toEqual([city.body.id]);
    }

    const jorg = await ws.api.post('/people', { firstName: 'Jörg', email: 'Jörg@Müller.de' });
    expect(jorg.status, jorg.text).toBe(201);
    expect(jorg.body.email).toBe('jörg@xn--mller-kva.de');
    for (const email of ['jörg@müller.de', 'JÖRG@xn--mller-kva.de'])
      expect((await personByEmail(ws, email)).id).toBe(jorg.body.id);
    const searched = await ws.api.get(`/people?q=${encodeURIComponent('jörg@müller.de')}`);
    expect(searched.body.data.map((p: Json) => p.id)).toEqual([jorg.body.id]);

    // The file types the other forms; the import finds the same person and the same company.
    const done = await runImport(
      ws.api,
      'Email,Job Title,Company Domain Name\njörg@XN--MLLER-KVA.DE,Bürgermeister,münchen.de\n',
      { start: { dedupe: 'email', mode: 'update' } },
    );
    expect(done.counts).toMatchObject({ read: 1, created: 0, updated: 1, rejected: 0 });
    expect(done.companiesCreated).toBe(0);
    expect((await ws.api.get(`/people/${jorg.body.id}`)).body).toMatchObject({
      jobTitle: 'Bürgermeister',
      companyId: city.body.id,
    });
  });
});

describe('a messy HubSpot-style export', () => {
  const HEADER = [
    'Record ID',
    'First Name',
    'Last Name',
    'Email',
    'Additional email addresses',
    'Phone Number',
    'Mobile Phone Number',
    'Associated Company',
    'Lead Status',
    'Create Date',
    'Street Address 2',
    'Last Met',
  ];
  const ROWS = [
    // Several addresses in the primary cell, one again in another case, one in "More e-mails".
    [
      '101',
      'Ada',
      'Lovelace',
      '"Ada Lovelace" <ADA@analytical.example>; ada.l@engines.example',
      'ada@analytical.example | "Lovelace, Ada" <ada@home.example>',
      '+44 20 7946 0958; +44 20 7946 0959',
      '+44 7911 123456\n+44 7911 123457',
      'Analytical Engines',
      'Open Deal',
      '2023-12-05 10:32',
      'Floor 2',
      '25/12/2023',
    ],
    // Google's separator, an internationalised domain, a date by its month's name.
    [
      '102',
      'Jörg',
      'Müller',
      'jörg@müller.de ::: joerg@mueller.example',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '5 Dec 2023',
    ],
    // "05/12/2023" has two readings: refused, its reason naming both.
    ['103', 'Amb', 'Iguous', 'amb@example.com', '', '', '', '', '', '', '', '05/12/2023'],
    // A mistyped second address is not dropped without a word.
    ['104', 'Typo', 'Row', 'typo@example.com, typo@example', '', '', '', '', '', '', '', ''],
    // A later row gives Ada's second address as its only one: it finds her.
    ['105', 'Ada', 'King', 'Ada.L@Engines.example', '', '', '', '', '', '', '', ''],
  ];
  const csvCell = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const csv = [HEADER, ...ROWS].map((row) => row.map(csvCell).join(',')).join('\r\n');

  it('imports several addresses and numbers per cell, readable dates, and says why it refuses', async () => {
    const ws = await buildWorkspace(server);
    const field = await ws.api.post('/custom-fields', {
      objectType: 'people',
      label: 'Last Met',
      type: 'date',
    });
    expect(field.status, field.text).toBe(201);
    const done = await runImport(ws.api, csv, { start: { dedupe: 'email', mode: 'update' } });
    // Columns with no field that means what they mean are left out.
    expect(done.mapping).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Additional email addresses': 'emails',
      'Phone Number': 'phone',
      'Mobile Phone Number': 'mobilePhone',
      'Associated Company': 'company',
      'Create Date': 'createdAt',
      'Last Met': 'customFields.lastMet',
    });
    expect(done.counts).toMatchObject({ read: 5, created: 2, updated: 1, rejected: 2 });
    expect(await rejections(ws, done.id)).toEqual([
      {
        row: 3,
        reason:
          'Last Met: "05/12/2023" could be 5 December or 12 May: write the date as YYYY-MM-DD (2023-12-05 or 2023-05-12).',
      },
      { row: 4, reason: 'Email: "typo@example" is not an e-mail address.' },
    ]);

    const ada = await personByEmail(ws, 'ada@home.example');
    expect(ada).toMatchObject({
      firstName: 'Ada',
      lastName: 'King',
      email: 'ada@analytical.example',
      emails: [
        { address: 'ada@analytical.example' },
        { address: 'ada.l@engines.example' },
        { address: 'ada@home.example' },
      ],
      phone: '+442079460958',
      customFields: { lastMet: '2023-12-25' },
      // The other system's created date, which the later row that updated her left alone.
      createdAt: '2023-12-05T10:32:00.000Z',
    });
    // Typed by the number where the column does not say: London landlines are work lines.
    expect(ada.phones.map((p: Json) => [p.number, p.type])).toEqual([
      ['+442079460958', 'work'],
      ['+442079460959', 'work'],
      ['+447911123456', 'mobile'],
      ['+447911123457', 'mobile'],
    ]);
    expect((await ws.api.get(`/companies/${ada.companyId}`)).body.name).toBe('Analytical Engines');

    const jorg = await personByEmail(ws, 'joerg@mueller.example');
    expect(jorg).toMatchObject({
      email: 'jörg@xn--mller-kva.de',
      emails: [{ address: 'jörg@xn--mller-kva.de' }, { address: 'joerg@mueller.example' }],
      customFields: { lastMet: '2023-12-05' },
    });
    // No created date in the file: created when imported.
    expect(Date.now() - Date.parse(jorg.createdAt)).toBeLessThan(3_600_000);
    for (const email of ['amb@example.com', 'typo@example.com']) {
      const found = await ws.api.get(`/people?email=${encodeURIComponent(email)}`);
      expect(found.body.data).toEqual([]);
    }
  });

  it('finds a person by any address a row gives; two rows that find one person both apply', async () => {
    const ws = await buildWorkspace(server);
    const grace = await ws.api.post('/people', {
      firstName: 'Grace',
      emails: [{ address: 'grace@navy.example' }, { address: 'hopper@yale.example' }],
    });
    expect(grace.status, grace.text).toBe(201);
    const amazing = oneWriterWith('grace@navy.example');
    const done = await runImport(
      ws.api,
      [
        'Email,Job Title,Tags',
        'grace@navy.example,Engineer,navy',
        `"${amazing}; hopper@yale.example",Rear Admiral,cobol`,
      ].join('\n'),
      { start: { dedupe: 'email', mode: 'update' } },
    );
    // The second row wrote the person the first had written: the import says so.
    expect(done.counts).toMatchObject({ read: 2, created: 0, updated: 2, rejected: 0, repeated: 1 });
    // Neither overwrites the other: one writer holds the second row over to the next round.
    const after = (await ws.api.get(`/people/${grace.body.id}`)).body;
    expect(after).toMatchObject({
      emails: [{ address: 'grace@navy.example' }, { address: 'hopper@yale.example' }, { address: amazing }],
      version: 3,
    });
    expect(after.tags.sort()).toEqual(['cobol', 'navy']);
    expect(['Engineer', 'Rear Admiral']).toContain(after.jobTitle);
  });
});

/**
 * An address whose row goes to the writer `address`'s row goes to, however many writers (1 to 4)
 * write, so the test is of one writer's rounds: rows that share no address may otherwise go to two
 * writers on PostgreSQL (imports.apart.test.ts makes them).
 */
function oneWriterWith(address: string): string {
  const writerOf = (a: string, writers: number) => new Router(writers).route([`email:${a}`], 1);
  for (let i = 0; ; i++) {
    const candidate = `amazing.grace${i}@cobol.example`;
    if ([2, 3, 4].every((w) => writerOf(candidate, w) === writerOf(address, w))) return candidate;
  }
}
