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

  it('still takes only ids through the API', async () => {
    const res = await ws.api.post('/people', {
      lastName: 'Api',
      customFields: { referredBy: 'bob@referrers.example' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: '/customFields/referredBy', message: 'Give a record id.' }]);
  });
});
