import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import VCard from 'vcf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import { buildMember, buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { unescapeText } from './vcard.rules.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
  await ws.api.post('/custom-fields', { objectType: 'people', label: 'Shoe size', type: 'number' });
  const acme = await ws.api.post('/companies', { name: 'Acme, Inc.', domain: 'acme.example', tags: ['key'] });
  await ws.api.post('/people', {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@acme.example',
    emails: [{ address: 'ada@home.example', type: 'personal' }],
    phone: '+44 20 7946 0958 ext. 301',
    companyId: acme.body.id,
    lifecycleStage: 'customer',
    tags: ['vip', 'eu'],
    addresses: [{ city: 'London', country: 'GB' }],
    customFields: { shoeSize: 38 },
  });
  await ws.api.post('/people', { firstName: 'Bob', lastName: '=SUM(A1)', email: 'bob@example.com' });
});
afterAll(() => server.stop());

const upload = (api: ApiClient, body: string, object = 'people', format: 'csv' | 'vcf' = 'csv', start = {}) =>
  runImport(server, api, body, { object, format, start });

describe('exports', () => {
  it('writes CSV with API field names, custom fields as customFields.<key>, lists joined, no formulas', async () => {
    const response = await ws.api.get('/people/export?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="people.csv"');
    const rows = parse(response.text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual(
      expect.arrayContaining([
        'id',
        'firstName',
        'lastName',
        'email',
        'emails',
        'phone',
        'company.name',
        'tags',
        'city',
        'country',
        'customFields.shoeSize',
      ]),
    );
    const ada = rows.find((r) => r.firstName === 'Ada');
    expect(ada).toMatchObject({
      email: 'ada@acme.example',
      emails: 'ada@acme.example; ada@home.example',
      // E.164 and the extension as people write it, which an import reads back apart; quoted, as a
      // spreadsheet would take "+…" followed by words for a formula.
      phone: "'+442079460958 ext. 301",
      'company.name': 'Acme, Inc.',
      lifecycleStage: 'customer',
      tags: 'vip; eu',
      city: 'London',
      country: 'GB',
      'customFields.shoeSize': '38',
    });
    expect(rows.find((r) => r.firstName === 'Bob')?.lastName).toBe("'=SUM(A1)");
  });

  it('applies filters and columns, and refuses unknown ones', async () => {
    const filter = encodeURIComponent(JSON.stringify({ field: 'tags', op: 'hasAny', value: ['vip'] }));
    const filtered = await ws.api.get(
      `/people/export?filter=${filter}&columns=email,firstName,customFields.shoeSize`,
    );
    expect(filtered.text).toBe('email,firstName,customFields.shoeSize\r\nada@acme.example,Ada,38\r\n');
    const staged = await ws.api.get('/people/export?lifecycleStage=lead&columns=email');
    expect(staged.text).toBe('email\r\nbob@example.com\r\n');
    const none = await ws.api.get('/people/export?email=nobody@example.com&columns=email');
    expect(none.text).toBe('email\r\n');
    const unknown = await ws.api.get('/people/export?columns=email,salary');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].message).toMatch(/salary/);
    const bad = await ws.api.get(
      `/people/export?filter=${encodeURIComponent('{"field":"nope","op":"eq","value":1}')}`,
    );
    expect(bad.status).toBe(400);
    expect((await ws.api.get('/companies/export?format=vcf')).status).toBe(400);
    expect((await ws.api.get('/people/export?format=xml')).status).toBe(400);
  });

  it('writes just a selection, given by ids, in the sort asked, and refuses a malformed or too long one', async () => {
    const people = (await ws.api.get('/people/export?format=json&columns=id,firstName')).body as Json[];
    const ada = people.find((p) => p.firstName === 'Ada');
    const bob = people.find((p) => p.firstName === 'Bob');
    const ids = `${bob.id},${ada.id}`;
    const sorted = await ws.api.get(`/people/export?ids=${ids}&columns=firstName&sort=firstName`);
    expect(sorted.text).toBe('firstName\r\nAda\r\nBob\r\n');
    const byId = await ws.api.get(`/people/export?ids=${ids}&columns=firstName&lifecycleStage=lead`);
    expect(byId.text).toBe('firstName\r\nBob\r\n');
    const company = (await ws.api.get('/companies/export?format=json&columns=id')).body[0];
    expect((await ws.api.get(`/companies/export?ids=${company.id}&columns=name`)).text).toBe(
      'name\r\n"Acme, Inc."\r\n',
    );
    expect((await ws.api.get('/people/export?ids=nope')).status).toBe(400);
    const many = Array.from({ length: 201 }, () => ada.id).join(',');
    expect((await ws.api.get(`/people/export?ids=${many}`)).status).toBe(400);
  });

  it('writes JSON as one array, across many batches, each record once, only the workspace’s own', async () => {
    const lines = [
      'email,firstName',
      ...Array.from({ length: 2100 }, (_, i) => `bulk${i}@example.com,Bulk${i}`),
    ];
    const imported = await upload(ws.api, lines.join('\n'));
    expect(imported.counts.created).toBe(2100);
    const response = await ws.api.get('/people/export?format=json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const items = response.body as Json[];
    expect(items).toHaveLength(2102);
    expect(new Set(items.map((p) => p.id)).size).toBe(2102);
    expect(items.find((p) => p.email === 'ada@acme.example')).toMatchObject({
      firstName: 'Ada',
      customFields: { shoeSize: 38 },
    });
    const picked = (
      await ws.api.get(
        '/people/export?format=json&columns=email,customFields.shoeSize&email=ada@acme.example',
      )
    ).body;
    expect(picked).toEqual([{ email: 'ada@acme.example', customFields: { shoeSize: 38 } }]);

    const other = await buildWorkspace(server, 'Other');
    expect((await other.api.get('/people/export?format=json')).body).toEqual([]);
  });

  it("writes the records in the list's sort when given one, across batches, as the list pages them", async () => {
    const listed: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/people?sort=-firstName&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await ws.api.get(query)).body as { data: { id: string }[]; nextCursor: string | null };
      listed.push(...page.data.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    const exported = (await ws.api.get('/people/export?format=json&sort=-firstName&columns=id'))
      .body as Json[];
    expect(listed.length).toBeGreaterThan(2000);
    expect(exported.map((p) => p.id)).toEqual(listed);
    const csv = parse(
      (await ws.api.get('/people/export?sort=lastName&columns=lastName&email=ada@acme.example')).text,
    );
    expect(csv).toEqual([['lastName'], ['Lovelace']]);
    // A custom field's sort asks for its sort index, a write: the read-only page is run again read-write.
    const bySize = parse(
      (await ws.api.get('/people/export?sort=-customFields.shoeSize&columns=customFields.shoeSize&limit=1'))
        .text,
    );
    expect(bySize.slice(0, 2)).toEqual([['customFields.shoeSize'], ['38']]);
    expect((await ws.api.get('/people/export?sort=shoeColour')).status).toBe(400);
  });

  it('writes companies as CSV', async () => {
    const rows = parse((await ws.api.get('/companies/export')).text, { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.find((r) => r.name === 'Acme, Inc.')).toMatchObject({
      domain: 'acme.example',
      domains: 'acme.example',
      tags: 'key',
    });
  });

  it('writes vCards that ical.js and the vcf library read as the same people', async () => {
    const response = await ws.api.get(
      '/people/export?format=vcf&filter=' +
        encodeURIComponent(JSON.stringify({ field: 'firstName', op: 'in', value: ['Ada', 'Bob'] })),
    );
    expect(response.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
    const people = (await ws.api.get('/people/export?format=json&columns=id,firstName,lastName,email'))
      .body as Json[];
    const expected = people
      .filter((p) => ['Ada', 'Bob'].includes(p.firstName))
      .map((p) => ({ uid: `urn:uuid:${p.id}`, fn: `${p.firstName} ${p.lastName}`, email: p.email }))
      .sort((a, b) => a.uid.localeCompare(b.uid));

    const parsed = ICAL.parse(response.text) as unknown[];
    const byIcal = parsed.map((jcard) => {
      const card = new ICAL.Component(jcard as never);
      return {
        uid: card.getFirstPropertyValue('uid'),
        fn: card.getFirstPropertyValue('fn'),
        email: card.getFirstPropertyValue('email'),
      };
    });
    const byVcf = VCard.parse(response.text).map((card) => {
      const one = (key: string) => {
        const p = card.get(key);
        return unescapeText((Array.isArray(p) ? p[0] : p)?.valueOf() ?? '');
      };
      return { uid: one('uid'), fn: one('fn'), email: one('email') };
    });
    expect(byIcal.sort((a, b) => String(a.uid).localeCompare(String(b.uid)))).toEqual(expected);
    expect(byVcf.sort((a, b) => a.uid.localeCompare(b.uid))).toEqual(expected);
  });
});

describe('round trips', () => {
  it('imports a vCard file of several cards (2.1, 3.0 and 4.0), with folded lines and escaped commas', async () => {
    const file = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Marie Curie',
      'N:Curie;Marie;;;',
      'CREATED:19110101T090000Z',
      'EMAIL;TYPE=work:marie@radium.example',
      'TEL;VALUE=uri;TYPE=cell:tel:+33-1-42-68-53-00',
      'ADR;TYPE=work:;;1 rue Pierre et Marie Curie\\, Bât. A;Paris;;75005;FR',
      'ORG:Institut du Radium\\, Paris',
      'TITLE:Physicist and chemist\\, twice a Nobel laureate in two different sciences',
      ' \\, a first',
      'CATEGORIES:science,nobel\\, twice',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Pierre Curie',
      'EMAIL;TYPE=INTERNET:pierre@radium.example',
      'ORG:Institut du Radium\\, Paris',
      'END:VCARD',
      // Android's export: vCard 2.1, quoted-printable UTF-8 broken over lines, types without TYPE=.
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Joliot-Curie;Ir=C3=A8ne;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ir=C3=A8ne Joliot-Curie',
      'TEL;CELL;PREF:+33 6 12 34 56 78',
      'EMAIL;HOME:irene@radium.example',
      'ORG:Institut du Radium, Paris',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'N:;;;;',
      'END:VCARD',
      '',
    ].join('\r\n');
    const done = await upload(ws.api, file, 'people', 'vcf', { dedupe: 'email' });
    expect(done).toMatchObject({
      format: 'vcf',
      counts: { read: 4, created: 3, rejected: 1 },
      companiesCreated: 1,
    });
    const marie = (await ws.api.get('/people?email=marie@radium.example')).body.data[0];
    expect(marie).toMatchObject({
      firstName: 'Marie',
      lastName: 'Curie',
      phone: '+33142685300',
      jobTitle: 'Physicist and chemist, twice a Nobel laureate in two different sciences, a first',
      tags: ['science', 'nobel, twice'],
      addresses: [
        { street: '1 rue Pierre et Marie Curie, Bât. A', city: 'Paris', postalCode: '75005', country: 'FR' },
      ],
      company: { name: 'Institut du Radium, Paris' },
      createdAt: '1911-01-01T09:00:00.000Z',
    });
    const pierre = (await ws.api.get('/people?email=pierre@radium.example')).body.data[0];
    expect(pierre).toMatchObject({ firstName: 'Pierre', lastName: 'Curie', companyId: marie.companyId });
    const irene = (await ws.api.get('/people?email=irene@radium.example')).body.data[0];
    expect(irene).toMatchObject({
      firstName: 'Irène',
      lastName: 'Joliot-Curie',
      phones: [{ number: '+33612345678', type: 'mobile' }],
      companyId: marie.companyId,
    });
    const rejected = parse((await ws.api.get(`/imports/${done.id}/rejected`)).text) as string[][];
    expect(rejected[0]).toEqual(['vcard', 'reason']);
    expect(rejected[1]?.[1]).toMatch(/name, an e-mail or a phone/);
  });

  it('imports its own CSV export into another workspace as the same people', async () => {
    const filter = encodeURIComponent(
      JSON.stringify({ field: 'firstName', op: 'in', value: ['Ada', 'Bob'] }),
    );
    // Ids and owners belong to this workspace: the copy leaves them out, and finds companies by name.
    const columns =
      'firstName,lastName,email,emails,phone,lifecycleStage,tags,city,country,company.name,customFields.shoeSize';
    const exported = (await ws.api.get(`/people/export?filter=${filter}&columns=${columns}`)).text;
    const other = await buildWorkspace(server, 'Copy');
    await other.api.post('/custom-fields', { objectType: 'people', label: 'Shoe size', type: 'number' });
    const done = await upload(other.api, exported);
    expect(done.counts).toMatchObject({ created: 2, rejected: 0 });
    const pick = (p: Json) => ({
      firstName: p.firstName,
      lastName: p.lastName,
      emails: p.emails.map((e: Json) => e.address),
      phone: p.phone,
      phones: p.phones,
      lifecycleStage: p.lifecycleStage,
      tags: p.tags,
      city: p.addresses[0]?.city ?? null,
      company: p.company?.name ?? null,
      customFields: p.customFields,
    });
    const before = (await ws.api.get(`/people?${`filter=${filter}`}`)).body.data.map(pick);
    const after = (await other.api.get('/people')).body.data.map(pick);
    expect(after.sort((a: Json, b: Json) => a.firstName.localeCompare(b.firstName))).toEqual(
      before.sort((a: Json, b: Json) => a.firstName.localeCompare(b.firstName)),
    );
  });

  it("names owners by e-mail, which the import takes back, and starts Excel's CSV with a BOM", async () => {
    const columns = 'email,ownerId,owner';
    const plain = await ws.api.get(`/people/export?columns=${columns}&email=ada@acme.example`);
    expect(plain.text).toBe(`${columns}\r\nada@acme.example,${ws.admin.id},${ws.admin.email}\r\n`);
    const json = await ws.api.get(`/people/export?format=json&columns=email,owner&email=ada@acme.example`);
    expect(json.body).toEqual([{ email: 'ada@acme.example', owner: ws.admin.email }]);
    const excel = await fetch(
      `${server.url}/api/v1/people/export?columns=email,owner&bom=true&email=ada@acme.example`,
      { headers: ws.api.headers },
    );
    // Read as bytes: a text decoder drops the mark.
    const bytes = Buffer.from(await excel.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const withBom = bytes.toString('utf8');
    expect(withBom).toBe(`\uFEFFemail,owner\r\nada@acme.example,${ws.admin.email}\r\n`);
    // For a spreadsheet: headers as people read them.
    const labelled = await ws.api.get(
      '/people/export?columns=firstName,email,owner&labels=true&email=ada@acme.example',
    );
    expect(labelled.text.split('\r\n')[0]).toBe('First name,E-mail,Owner');
    expect((await ws.api.get('/companies/export?columns=name,owner')).text).toContain(
      `"Acme, Inc.",${ws.admin.email}`,
    );

    // The same file with the BOM, back into a workspace where that e-mail is a member: the owner is found.
    const rep = await buildMember(server, ws, 'sales');
    const moved = withBom.replace(ws.admin.email, rep.email).replace('ada@acme.example', 'ada@new.example');
    const done = await upload(ws.api, moved);
    expect(done.counts).toMatchObject({ created: 1, rejected: 0 });
    const imported = await ws.api.get('/people?email=ada@new.example');
    expect(imported.body.data[0].ownerId).toBe(rep.id);
  });

  it('writes rejected rows for a spreadsheet: a byte-order mark first, which the import skips', async () => {
    const other = await buildWorkspace(server, 'Fixes');
    const file = 'Email,First Name\r\nnot-an-email,Zoë\r\nok@example.com,Élodie\r\n';
    const done = await upload(other.api, file);
    expect(done.counts).toMatchObject({ created: 1, rejected: 1 });
    const response = await fetch(`${server.url}/api/v1/imports/${done.id}/rejected`, {
      headers: other.api.headers,
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const fixed = bytes.toString('utf8').replace('not-an-email', 'zoe@example.com');
    expect(fixed.split('\r\n')[1]).toMatch(/^zoe@example.com,Zoë,/);
    const again = await upload(other.api, fixed);
    expect(again.counts).toMatchObject({ created: 1, rejected: 0 });
    const zoe = await other.api.get('/people?email=zoe@example.com');
    expect(zoe.body.data[0].firstName).toBe('Zoë');
  });

  it('keeps a value of several lines in its row, in exports and rejected rows, for any reader', async () => {
    const other = await buildWorkspace(server, 'Lines');
    await other.api.post('/custom-fields', { objectType: 'people', label: 'Background', type: 'longText' });
    const background = 'Met at the fair\nCall in May\ror June';
    await other.api.post('/people', { lastName: 'Lines', customFields: { background } });
    // Excel, Python's csv and most readers end a row at any line break outside quotes.
    const strict = (text: string) =>
      parse(text.replace(/^\uFEFF/, ''), { record_delimiter: ['\r\n', '\n', '\r'], columns: true }) as Record<
        string,
        string
      >[];
    const exported = strict((await other.api.get('/people/export?format=csv')).text);
    expect(exported.map((row) => row['customFields.background'])).toEqual([background]);

    const done = await upload(other.api, 'Email,Street\r\nnot-an-email,"1 Market St\nSuite 300"\r\n');
    expect(done.counts).toMatchObject({ rejected: 1 });
    const response = await fetch(`${server.url}/api/v1/imports/${done.id}/rejected`, {
      headers: other.api.headers,
    });
    expect(strict(await response.text())).toEqual([
      { Email: 'not-an-email', Street: '1 Market St\nSuite 300', reason: expect.any(String) },
    ]);
  });
});
