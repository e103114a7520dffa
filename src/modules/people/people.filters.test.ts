import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

// List filters compare e-mails and domains as they are stored (A-label domains, lower case), so a
// value typed as people write it ("jörg@müller.de", "MÜNCHEN.de") finds what `?email=` finds.
let server: TestServer;
let ws: TestWorkspace;
let ids: { jorg: string; ada: string; city: string; acme: string };
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
  const create = async (path: string, body: Json) => {
    const created = await ws.api.post(path, body);
    expect(created.status, created.text).toBe(201);
    return created.body.id as string;
  };
  const city = await create('/companies', { name: 'Stadt München', domains: ['münchen.de', 'muenchen.de'] });
  const acme = await create('/companies', { name: 'Acme', domain: 'acme.com' });
  const jorg = await create('/people', {
    firstName: 'Jörg',
    emails: [
      { address: 'Jörg@Müller.de', type: 'work' },
      { address: 'buergermeister@MÜNCHEN.de', type: 'work' },
    ],
    companyId: city,
  });
  const ada = await create('/people', { firstName: 'Ada', email: 'ada@acme.com', companyId: acme });
  ids = { jorg, ada, city, acme };
});
afterAll(() => server.stop());

async function found(list: 'people' | 'companies', filter: Json): Promise<string[]> {
  const page = await ws.api.get(`/${list}?limit=100&filter=${encodeURIComponent(JSON.stringify(filter))}`);
  expect(page.status, page.text).toBe(200);
  return page.body.data.map((r: Json) => r.id).sort();
}

describe('people filters on e-mails and company domains', () => {
  it('find a whole address or domain typed in Unicode or in capitals', async () => {
    for (const value of ['jörg@müller.de', 'JÖRG@MÜLLER.DE', 'jörg@xn--mller-kva.de'])
      expect(await found('people', { field: 'email', op: 'eq', value })).toEqual([ids.jorg]);
    expect(
      await found('people', { field: 'email', op: 'in', value: ['x@y.example', 'Jörg@Müller.de'] }),
    ).toEqual([ids.jorg]);
    expect(await found('people', { field: 'email', op: 'neq', value: 'jörg@müller.de' })).toEqual([ids.ada]);
    expect(
      await found('people', { field: 'emails', op: 'hasAny', value: ['Buergermeister@münchen.de'] }),
    ).toEqual([ids.jorg]);
    expect(
      await found('people', { field: 'emails', op: 'hasAll', value: ['jörg@MÜLLER.de', 'ADA@acme.com'] }),
    ).toEqual([]);
    expect(await found('people', { field: 'emails', op: 'hasNone', value: ['jörg@müller.de'] })).toEqual([
      ids.ada,
    ]);
    for (const value of ['münchen.de', 'https://www.MÜNCHEN.de/', 'xn--mnchen-3ya.de'])
      expect(await found('people', { field: 'company.domain', op: 'eq', value })).toEqual([ids.jorg]);
  });

  it('find fragments made of whole labels; a part of a label is compared as typed', async () => {
    for (const value of ['müller.de', 'Jörg@Müller', 'jörg', 'MÜLLER'])
      expect(await found('people', { field: 'email', op: 'contains', value })).toEqual([ids.jorg]);
    expect(await found('people', { field: 'email', op: 'startsWith', value: 'JÖRG@MÜLLER.' })).toEqual([
      ids.jorg,
    ]);
    expect(await found('people', { field: 'email', op: 'contains', value: 'müll' })).toEqual([]);
    expect(await found('people', { field: 'company.domain', op: 'contains', value: 'MÜNCHEN' })).toEqual([
      ids.jorg,
    ]);
    expect(await found('people', { field: 'company.domain', op: 'notContains', value: 'münchen.d' })).toEqual(
      [ids.ada],
    );
  });
});

describe('company filters on domains', () => {
  it('find a domain typed in Unicode, in capitals or as a web address', async () => {
    for (const value of ['MÜNCHEN.de', 'https://www.münchen.de/rathaus'])
      expect(await found('companies', { field: 'domain', op: 'eq', value })).toEqual([ids.city]);
    expect(
      await found('companies', { field: 'domain', op: 'in', value: ['münchen.de', 'ACME.com'] }),
    ).toEqual([ids.city, ids.acme].sort());
    expect(await found('companies', { field: 'domain', op: 'notIn', value: ['münchen.de'] })).toEqual([
      ids.acme,
    ]);
    expect(await found('companies', { field: 'domains', op: 'hasAny', value: ['Muenchen.DE'] })).toEqual([
      ids.city,
    ]);
    expect(
      await found('companies', { field: 'domains', op: 'hasAll', value: ['münchen.de', 'muenchen.de'] }),
    ).toEqual([ids.city]);
    expect(await found('companies', { field: 'domain', op: 'startsWith', value: 'münchen.' })).toEqual([
      ids.city,
    ]);
    expect(await found('companies', { field: 'domain', op: 'contains', value: 'ünchen' })).toEqual([]);
  });
});
