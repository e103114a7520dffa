import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// A relation column from another system names its records as that system writes them: a person by
// e-mail, a company by domain or name. Our own exports write ids, which keep working.
let server: TestServer;
let ws: TestWorkspace;
const ids: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
  for (const [label, target] of [
    ['Referred by', 'people'],
    ['Partner', 'companies'],
  ] as const) {
    const field = await ws.api.post('/custom-fields', {
      objectType: 'people',
      label,
      type: 'relation',
      target,
    });
    expect(field.status, field.text).toBe(201);
  }
  ids.bob = (await ws.api.post('/people', { firstName: 'Bob', email: 'Bob@Referrers.example' })).body.id;
  ids.acme = (
    await ws.api.post('/companies', { name: 'Acme Partners, Inc.', domain: 'acme-partners.example' })
  ).body.id;
  ids.globex = (await ws.api.post('/companies', { name: 'Globex' })).body.id;
});
afterAll(() => server.stop());

const mapping = { Email: 'email', Referrer: 'customFields.referredBy', Partner: 'customFields.partner' };

async function importRows(lines: string[]) {
  return runImport(server, ws.api, ['Email,Referrer,Partner', ...lines].join('\r\n'), {
    start: { mapping },
  });
}

const personBy = async (email: string) => (await ws.api.get(`/people?email=${email}`)).body.data[0];

describe('a relation column in an import', () => {
  it('finds a person by e-mail, a company by domain, web address or name, and both by id', async () => {
    const done = await importRows([
      'a1@rel.example,bob@referrers.example,acme-partners.example',
      'a2@rel.example, BOB@REFERRERS.EXAMPLE ,https://www.acme-partners.example/about',
      'a3@rel.example,,"ACME Partners, Inc."',
      `a4@rel.example,${ids.bob},${ids.globex}`,
    ]);
    expect(done.counts).toMatchObject({ created: 4, rejected: 0 });
    for (const email of ['a1@rel.example', 'a2@rel.example'])
      expect((await personBy(email)).customFields).toEqual({ referredBy: ids.bob, partner: ids.acme });
    expect((await personBy('a3@rel.example')).customFields).toEqual({ partner: ids.acme });
    expect((await personBy('a4@rel.example')).customFields).toEqual({
      referredBy: ids.bob,
      partner: ids.globex,
    });
  });

  it('rejects a row whose cell finds nothing, or names a person by name, saying which and why', async () => {
    const done = await importRows([
      'b1@rel.example,nobody@referrers.example,',
      'b2@rel.example,Bob,',
      'b3@rel.example,,initech.example',
      'b4@rel.example,,Initech',
      'b5@rel.example,bob@referrers.example,Globex',
    ]);
    expect(done.counts).toMatchObject({ created: 1, rejected: 4 });
    const rejections = (await ws.api.get(`/imports/${done.id}/rejections`)).body.data;
    expect(rejections.map((r: { reason: string; columns: string[] }) => [r.reason, r.columns])).toEqual([
      ['Referred by: no person with the e-mail nobody@referrers.example.', ['Referrer']],
      ['Referred by: give the person’s e-mail or record id.', ['Referrer']],
      ['Partner: no company with the domain initech.example or named “initech.example”.', ['Partner']],
      ['Partner: no company named “Initech”.', ['Partner']],
    ]);
    expect((await personBy('b5@rel.example')).customFields).toEqual({
      referredBy: ids.bob,
      partner: ids.globex,
    });
  });

  it('updates a matched person’s relation found by e-mail', async () => {
    const done = await runImport(server, ws.api, 'Email,Partner\r\na3@rel.example,Globex\r\n', {
      start: {
        mapping: { Email: 'email', Partner: 'customFields.partner' },
        dedupe: 'email',
        mode: 'update',
      },
    });
    expect(done.counts).toMatchObject({ updated: 1, rejected: 0 });
    expect((await personBy('a3@rel.example')).customFields).toEqual({ partner: ids.globex });
  });

  it('exports a relation’s name beside its id, which finds the record in another workspace', async () => {
    await ws.api.post('/people', {
      firstName: 'Cy',
      email: 'cy@rel.example',
      customFields: { referredBy: ids.bob, partner: ids.globex },
    });
    const gone = (await ws.api.post('/companies', { name: 'Gone Ltd' })).body.id;
    await ws.api.post('/people', {
      firstName: 'Di',
      email: 'di@rel.example',
      customFields: { partner: gone },
    });
    await ws.api.delete(`/companies/${gone}`);
    const columns = 'email,customFields.referredBy,customFields.referredBy.name,customFields.partner.name';
    const exported = await ws.api.get(`/people/export?columns=${columns}&labels=true`);
    const lines = exported.text.split('\r\n');
    expect(lines[0]).toBe('E-mail,Referred by,Referred by (name),Partner (name)');
    expect(lines).toContain(`cy@rel.example,${ids.bob},Bob <bob@referrers.example>,Globex`);
    // A record no longer there has no name to give.
    expect(lines).toContain('di@rel.example,,,');

    // Another workspace: the ids find nothing there, the names find its own Bob and Globex.
    const other = await buildWorkspace(server, 'Elsewhere');
    for (const [label, target] of [
      ['Referred by', 'people'],
      ['Partner', 'companies'],
    ] as const)
      await other.api.post('/custom-fields', { objectType: 'people', label, type: 'relation', target });
    const bob = (await other.api.post('/people', { firstName: 'Bob', email: 'bob@referrers.example' })).body
      .id;
    const globex = (await other.api.post('/companies', { name: 'Globex' })).body.id;
    const cy = lines.find((l) => l.startsWith('cy@')) as string;
    const file = [
      lines[0],
      cy,
      // A name column alone fills its field.
      'amy@rel.example,,bob@referrers.example,',
      `zed@rel.example,${ids.bob},Zed <zed@nowhere.example>,Initech`,
    ].join('\r\n');
    const done = await runImport(server, other.api, file);
    expect(done.mapping).toEqual({
      'E-mail': 'email',
      'Referred by': 'customFields.referredBy',
      'Referred by (name)': 'customFields.referredBy.name',
      'Partner (name)': 'customFields.partner.name',
    });
    expect(done.counts).toMatchObject({ created: 2, rejected: 1 });
    const amy = (await other.api.get('/people?email=amy@rel.example')).body.data[0];
    expect(amy.customFields).toEqual({ referredBy: bob });
    const copied = (await other.api.get('/people?email=cy@rel.example')).body.data[0];
    expect(copied.customFields).toEqual({ referredBy: bob, partner: globex });
    const [rejected] = (await other.api.get(`/imports/${done.id}/rejections`)).body.data;
    expect(rejected).toMatchObject({
      reason: 'Referred by: no such person (and no person with the e-mail zed@nowhere.example).',
      columns: ['Referred by', 'Referred by (name)'],
    });
  });

  it('still takes only ids through the API', async () => {
    const res = await ws.api.post('/people', {
      lastName: 'Api',
      customFields: { referredBy: 'bob@referrers.example' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: '/customFields/referredBy', message: 'Give a record id.' }]);
  });
});
