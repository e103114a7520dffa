import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../tests/support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../../../tests/support/factories.ts';
import { runImport } from '../../../tests/support/imports.ts';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
const byImport = (op: string, value?: unknown) =>
  filter(value === undefined ? { field: 'importNumber', op } : { field: 'importNumber', op, value });

async function emailsOf(api: ApiClient, object: 'people', query: string): Promise<string[]> {
  const answer = await api.get(`/${object}?${query}&limit=200`);
  expect(answer.status, answer.text).toBe(200);
  return (answer.body.data as { email: string }[]).map((p) => p.email).sort();
}

async function namesOf(api: ApiClient, query: string): Promise<string[]> {
  const answer = await api.get(`/companies?${query}&limit=200`);
  expect(answer.status, answer.text).toBe(200);
  return (answer.body.data as { name: string }[]).map((c) => c.name).sort();
}

describe('finding what an import brought in (importNumber)', () => {
  let ws: TestWorkspace;
  let first: number;
  let second: number;
  beforeAll(async () => {
    ws = await buildWorkspace(server);
    const made = await ws.api.post('/people', {
      firstName: 'Hand',
      lastName: 'Made',
      email: 'hand@made.example',
    });
    expect(made.status, made.text).toBe(201);
    const one = await runImport(
      server,
      ws.api,
      [
        'First Name,Last Name,Email,Company Name',
        'Ada,Lovelace,ada@engines.example,Analytical Engines',
        'Grace,Hopper,grace@navy.example,',
      ].join('\n'),
      { start: { dedupe: 'email' } },
    );
    expect(one.counts).toMatchObject({ created: 2, rejected: 0 });
    first = one.number;
    // The second changes Grace and adds Alan: each import finds its own, Grace in both.
    const two = await runImport(
      server,
      ws.api,
      [
        'First Name,Last Name,Email,Job Title',
        'Grace,Hopper,grace@navy.example,Admiral',
        'Alan,Turing,alan@bletchley.example,',
      ].join('\n'),
      { start: { dedupe: 'email', mode: 'update' } },
    );
    expect(two.counts).toMatchObject({ created: 1, updated: 1, rejected: 0 });
    second = two.number;
  });

  it('lists the people an import created or updated, and counts them', async () => {
    expect(await emailsOf(ws.api, 'people', byImport('eq', first))).toEqual([
      'ada@engines.example',
      'grace@navy.example',
    ]);
    expect(await emailsOf(ws.api, 'people', byImport('eq', second))).toEqual([
      'alan@bletchley.example',
      'grace@navy.example',
    ]);
    const count = await ws.api.get(`/people/count?${byImport('eq', first)}`);
    expect(count.status, count.text).toBe(200);
    expect(count.body).toMatchObject({ count: 2 });
  });

  it('reads every operator as "one of its imports": in, not, empty, ranges', async () => {
    expect(await emailsOf(ws.api, 'people', byImport('in', [first, second]))).toHaveLength(3);
    expect(await emailsOf(ws.api, 'people', byImport('neq', first))).toEqual([
      'alan@bletchley.example',
      'hand@made.example',
    ]);
    expect(await emailsOf(ws.api, 'people', byImport('isEmpty'))).toEqual(['hand@made.example']);
    expect(await emailsOf(ws.api, 'people', byImport('isNotEmpty'))).toHaveLength(3);
    expect(await emailsOf(ws.api, 'people', byImport('gt', first))).toEqual([
      'alan@bletchley.example',
      'grace@navy.example',
    ]);
    expect(await emailsOf(ws.api, 'people', byImport('eq', second + 100))).toEqual([]);
    expect(await emailsOf(ws.api, 'people', byImport('eq', 1.5))).toEqual([]);
  });

  it('combines with other conditions, and refuses what is not a number', async () => {
    const both = filter({
      and: [
        { field: 'importNumber', op: 'eq', value: first },
        { field: 'firstName', op: 'eq', value: 'ada' },
      ],
    });
    expect(await emailsOf(ws.api, 'people', both)).toEqual(['ada@engines.example']);
    const bad = await ws.api.get(`/people?${byImport('eq', 'one')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: '/filter/value', message: 'Import: give a number.' }]);
  });

  it('finds the companies an import created, a people import’s as a companies import’s', async () => {
    await ws.api.post('/companies', { name: 'Made by hand' });
    expect(await namesOf(ws.api, byImport('eq', first))).toEqual(['Analytical Engines']);
    const own = await runImport(server, ws.api, 'Name,Domain\nBabbage & Co,babbage.example\n', {
      object: 'companies',
      start: { dedupe: 'domain' },
    });
    expect(own.counts).toMatchObject({ created: 1, rejected: 0 });
    expect(await namesOf(ws.api, byImport('eq', own.number))).toEqual(['Babbage & Co']);
    expect(await namesOf(ws.api, byImport('isEmpty'))).toEqual(['Made by hand']);
    // A people import's number finds no people among companies, and the reverse.
    expect(await emailsOf(ws.api, 'people', byImport('eq', own.number))).toEqual([]);
  });

  it('keeps to the workspace: another one’s import of the same number finds nothing here', async () => {
    const other = await buildWorkspace(server, 'Other');
    const theirs = await runImport(server, other.api, 'Email\nsomeone@else.example\n', {
      start: { dedupe: 'email' },
    });
    expect(theirs.number).toBe(first);
    expect(await emailsOf(other.api, 'people', byImport('eq', first))).toEqual(['someone@else.example']);
    expect(await emailsOf(ws.api, 'people', byImport('eq', first))).not.toContain('someone@else.example');
  });
});
