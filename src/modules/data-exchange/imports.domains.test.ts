import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Json } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport as importFile } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';
import { Router } from './imports.writers.ts';

// Company rows find a company by any domain they give, as people rows find a person by any address.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const importCompanies = (api: ApiClient, file: string, mode: 'update' | 'skip' = 'update') =>
  importFile(server, api, file, { object: 'companies', start: { dedupe: 'domain', mode } });

async function company(ws: TestWorkspace, body: Json): Promise<Json> {
  const created = await ws.api.post('/companies', body);
  expect(created.status, created.text).toBe(201);
  return created.body;
}

async function companiesByDomain(ws: TestWorkspace, domain: string): Promise<Json[]> {
  const found = await ws.api.get(`/companies?domain=${encodeURIComponent(domain)}`);
  expect(found.status, found.text).toBe(200);
  return found.body.data;
}

/**
 * A domain whose rows go to the writer `domain`'s rows go to, however many writers (1 to 4) write,
 * so the test is of one writer's rounds. Rows that share no domain may otherwise go to two writers on
 * PostgreSQL (imports.apart.test.ts makes them).
 */
function oneWriterWith(domain: string): string {
  const writerOf = (d: string, writers: number) => new Router(writers).route([`domain:${d}`], 1);
  for (let i = 0; ; i++) {
    const candidate = `initech-${i}.de`;
    if ([2, 3, 4].every((w) => writerOf(candidate, w) === writerOf(domain, w))) return candidate;
  }
}

describe('company imports', () => {
  it('find a company by a row’s second domain, in whichever form it is typed', async () => {
    const ws = await buildWorkspace(server);
    const acme = await company(ws, { name: 'Acme', domain: 'acme.de' });
    const city = await company(ws, { name: 'Stadt München', domain: 'münchen.de' });
    const done = await importCompanies(
      ws.api,
      'Name,Domain,Industry\nAcme Group,acme.com; acme.de,Rockets\nStadt,stadt.example; MÜNCHEN.de,Government\n',
    );
    expect(done.counts).toMatchObject({ read: 2, created: 0, updated: 2, rejected: 0 });
    expect((await ws.api.get(`/companies/${acme.id}`)).body).toMatchObject({
      name: 'Acme Group',
      industry: 'Rockets',
      domains: expect.arrayContaining(['acme.de', 'acme.com']),
    });
    expect((await companiesByDomain(ws, 'acme.com')).map((c) => c.id)).toEqual([acme.id]);
    expect((await companiesByDomain(ws, 'stadt.example')).map((c) => c.id)).toEqual([city.id]);

    const skipped = await importCompanies(ws.api, 'Name,Domain\nOther,other.example; acme.com\n', 'skip');
    expect(skipped.counts).toMatchObject({ created: 0, skipped: 1 });
    expect(await companiesByDomain(ws, 'other.example')).toEqual([]);
  });

  it('let a row giving an earlier row’s second domain find the company that row created', async () => {
    const ws = await buildWorkspace(server);
    const done = await importCompanies(
      ws.api,
      [
        'Name,Domain,Industry,Employees',
        'Globex,globex.com,,',
        'Globex GmbH,globex.de; globex.com,Energy,',
        'Globex AG,globex.ch; globex.de,,40',
        'Hooli,hooli.com; hooli.de,,',
        'Hooli DE,HOOLI.de,Search,',
      ].join('\n'),
    );
    expect(done.counts).toMatchObject({ read: 5, created: 2, updated: 3, rejected: 0 });
    const [globex] = await companiesByDomain(ws, 'globex.ch');
    expect(globex).toMatchObject({ name: 'Globex AG', industry: 'Energy', employees: 40 });
    expect([...(globex?.domains ?? [])].sort()).toEqual(['globex.ch', 'globex.com', 'globex.de']);
    expect((await companiesByDomain(ws, 'hooli.com'))[0]).toMatchObject({ industry: 'Search' });
    expect((await ws.api.get('/companies?limit=100')).body.data).toHaveLength(2);
  });

  it('apply two rows of a batch that find one company by different domains, neither overwriting the other', async () => {
    const ws = await buildWorkspace(server);
    const other = oneWriterWith('initech.com');
    const initech = await company(ws, { name: 'Initech', domains: ['initech.com', other] });
    const done = await importCompanies(
      ws.api,
      `Domain,Industry,Employees,Tags\ninitech.com,Software,,us\n${other},,50,eu\n`,
    );
    expect(done.counts).toMatchObject({ read: 2, created: 0, updated: 2, rejected: 0 });
    const after = (await ws.api.get(`/companies/${initech.id}`)).body;
    expect(after).toMatchObject({ industry: 'Software', employees: 50 });
    expect([...after.tags].sort()).toEqual(['eu', 'us']);
  });
});

describe('people rows naming a company by domain', () => {
  it('find the company by any of its domains, in whichever form it is typed', async () => {
    const ws = await buildWorkspace(server);
    const initech = await company(ws, { name: 'Initech', domains: ['initech.com', 'initech.de'] });
    const city = await company(ws, { name: 'Stadt München', domains: ['muenchen.de', 'münchen.de'] });
    const done = await importFile(
      server,
      ws.api,
      'Email,Company Domain Name\nann@initech.com,INITECH.de\nbea@example.org,https://www.MÜNCHEN.de/\n',
      { start: { dedupe: 'email', mode: 'update' } },
    );
    expect(done.counts).toMatchObject({ read: 2, created: 2, rejected: 0 });
    expect(done.companiesCreated).toBe(0);
    const people = (await ws.api.get('/people?sort=email&limit=10')).body.data;
    expect(people.map((p: Json) => [p.email, p.companyId])).toEqual([
      ['ann@initech.com', initech.id],
      ['bea@example.org', city.id],
    ]);
  });
});
