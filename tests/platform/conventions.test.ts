import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/platform/http/security-headers.ts';
import { buildWorkspace, type TestWorkspace } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await buildWorkspace(server);
});
afterAll(() => server.stop());

describe('errors are RFC 9457 problem details', () => {
  it('answers unknown fields with 400 and names them', async () => {
    const response = await ws.api.post('/teams', { name: 'Ops', colour: 'red' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toMatchObject({
      type: 'https://rapport.dev/problems/validation-failed',
      title: 'Validation failed',
      status: 400,
      errors: [{ path: '/colour', message: 'Unknown field.' }],
    });
    expect(response.body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('answers malformed JSON with 400 and a non-JSON body with 415', async () => {
    const malformed = await ws.api.post('/teams', '{"name":', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    const text = await ws.api.post('/teams', 'name=Ops', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(text.status).toBe(415);
  });

  it('refuses a query string that is not percent-encoded UTF-8, rather than search for U+FFFD', async () => {
    for (const query of ['q=M%FCller', 'q=%E0%A4%A', 'q=100%']) {
      const refused = await ws.api.get(`/people?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.body.detail).toBe('The query string is not valid: percent-encode it as UTF-8.');
    }
    expect((await ws.api.get(`/people?q=${encodeURIComponent('Müller 100%')}`)).status).toBe(200);
    expect((await ws.api.get('/people?q=ada+lovelace')).status).toBe(200);
  });

  it('refuses a body that is not UTF-8 rather than store U+FFFD in place of its letters; a BOM is read past', async () => {
    // "Müller" as Latin-1: the ü is the lone byte 0xFC.
    const latin1 = Buffer.concat([
      Buffer.from('{"firstName":"M'),
      Buffer.from([0xfc]),
      Buffer.from('ller"}'),
    ]);
    const refused = await ws.api.post('/people', new Uint8Array(latin1));
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toBe('The body is not UTF-8: send JSON as UTF-8 text.');
    const asText = await ws.api.post('/teams', new Uint8Array(latin1), { 'content-type': 'text/plain' });
    expect(asText.status).toBe(415);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"name":"Müller"}')]);
    const read = await ws.api.post('/teams', new Uint8Array(withBom));
    expect(read.status).toBe(201);
    expect(read.body.name).toBe('Müller');
  });

  it('answers text the database cannot store (NUL, a lone surrogate) with 400 naming where, never a 500', async () => {
    const nul = await ws.api.post('/people', { firstName: 'Ada\u0000', tags: ['ok', 'bad\ud800'] });
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([
      { path: '/firstName', message: 'Text cannot contain the NUL character (U+0000).' },
      { path: '/tags/1', message: 'Text is not well-formed Unicode (it holds a lone surrogate).' },
    ]);
    const key = await ws.api.post('/companies', { name: 'Acme', customFields: { 'a\u0000': 1 } });
    expect(key.body.errors).toEqual([
      { path: '/customFields/a\u0000', message: 'Text cannot contain the NUL character (U+0000).' },
    ]);
    const searched = await ws.api.get('/people?q=%00');
    expect(searched.status).toBe(400);
    expect(searched.body.errors[0].path).toBe('/query/q');
    const filter = JSON.stringify({ field: 'firstName', op: 'eq', value: 'a\u0000' });
    const filtered = await ws.api.get(`/people?filter=${encodeURIComponent(filter)}`);
    expect(filtered.status).toBe(400);
    expect(filtered.body.errors[0]).toMatchObject({ path: '/query/filter' });
    expect((await ws.api.get('/people')).body.data).toEqual([]);
  });

  it('refuses lists and objects nested more than 64 deep, in a body or a filter, with 400 rather than overflow', async () => {
    const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const body = await ws.api.post('/people', new TextEncoder().encode(`{"tags":${deep(100_000)}}`));
    expect(body.status).toBe(400);
    expect(body.body.detail).toBe('The body nests lists and objects more than 64 deep.');
    // `[` and `]` go into a query string as they are: 7,000 of each is within the filter's 16,000.
    const filtered = await ws.api.get(`/people?filter=${deep(7_000)}`);
    expect(filtered.status).toBe(400);
    expect(filtered.body.errors[0]).toMatchObject({ path: '/query/filter' });
    // As deep as a body may be, it is read (and refused for what it says, not for its depth).
    const allowed = await ws.api.post('/people', { firstName: 'Deep', tags: JSON.parse(deep(63)) });
    expect(allowed.status).toBe(400);
    expect(allowed.body.errors[0].path).toBe('/tags/0');
  });

  it('answers a body over 1 MiB with 413 and writes nothing', async () => {
    const huge = await ws.api.post('/teams', { name: 'Big', description: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.type).toBe('https://rapport.dev/problems/payload-too-large');
    const teams = await ws.api.get('/teams');
    expect(teams.body.data.some((t: { name: string }) => t.name === 'Big')).toBe(false);
  });

  it('cuts off a body sent in chunks, with no length given, at 1 MiB too', async () => {
    const chunks = async function* () {
      yield Buffer.from('{"name":"Chunked","description":"');
      for (let i = 0; i < 20; i++) yield Buffer.alloc(64 * 1024, 'x');
      yield Buffer.from('"}');
    };
    const chunked = await fetch(`${ws.api.baseUrl}/api/v1/teams`, {
      method: 'POST',
      headers: { ...ws.api.headers, 'content-type': 'application/json' },
      body: ReadableStream.from(chunks()),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    const teams = await ws.api.get('/teams');
    expect(teams.status).toBe(200);
    expect(teams.body.data.some((t: { name: string }) => t.name === 'Chunked')).toBe(false);
  });

  it('answers an unknown endpoint with 404 and a wrong method with 405 and Allow', async () => {
    expect((await ws.api.get('/no-such-thing')).status).toBe(404);
    const wrong = await ws.api.put('/teams', {});
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
  });

  it('treats an id that cannot exist as not found, never as a 500', async () => {
    for (const id of ['nope', '1', "'; drop table teams; --", '00000000-0000-0000-0000-000000000000']) {
      const response = await ws.api.get(`/teams/${encodeURIComponent(id)}`);
      expect(response.status).toBe(404);
    }
  });

  it('keeps a given request id and never leaks internals', async () => {
    const response = await ws.api.get('/teams/nope', { 'x-request-id': 'trace-123' });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(response.text).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('security headers', () => {
  it('are on every response, with its request id: reads, 304s, problems, 405s, health checks', async () => {
    const team = await ws.api.post('/teams', { name: `Headers ${Date.now()}` });
    const read = await ws.api.get(`/teams/${team.body.id}`);
    const responses = [
      team.headers,
      read.headers,
      (await ws.api.get(`/teams/${team.body.id}`, { 'if-none-match': String(read.headers.get('etag')) }))
        .headers,
      (await ws.api.get('/teams/nope')).headers,
      (await ws.api.put('/teams', {})).headers,
      (await fetch(`${server.url}/healthz`)).headers,
    ];
    for (const headers of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name)).toBe(value);
      expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers.get('x-powered-by')).toBeNull();
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});

describe('cursor pagination', () => {
  it('walks a sorted list page by page without gaps or repeats', async () => {
    const local = await buildWorkspace(server, 'Paging');
    const names = Array.from({ length: 7 }, (_, i) => `Member ${String(i).padStart(2, '0')}`);
    for (const [i, name] of names.entries()) {
      const added = await local.api.post('/users', {
        email: `m${i}-${Date.now()}@example.com`,
        name,
        role: 'viewer',
      });
      expect(added.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/users?limit=3&sort=-name${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await local.api.get(query);
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.data.map((u: { name: string }) => u.name));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(new Set(seen).size).toBe(8);
  });

  it('refuses limit over 200, a forged cursor, and a cursor from another sort', async () => {
    expect((await ws.api.get('/users?limit=201')).status).toBe(400);
    expect((await ws.api.get('/users?cursor=bm9wZQ')).status).toBe(400);
    const page = await ws.api.get('/users?limit=1&sort=email');
    if (page.body.nextCursor) {
      expect((await ws.api.get(`/users?limit=1&sort=name&cursor=${page.body.nextCursor}`)).status).toBe(400);
    }
    expect((await ws.api.get('/users?sort=password')).status).toBe(400);
  });
});

describe('versions, ETag and If-Match', () => {
  it('sends an ETag, answers 304 to If-None-Match, and 412 to a stale If-Match', async () => {
    const team = await ws.api.post('/teams', { name: `Etag ${Date.now()}` });
    const etag = team.headers.get('etag');
    expect(etag).toBe('"1"');
    const again = await ws.api.get(`/teams/${team.body.id}`, { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    const updated = await ws.api.patch(
      `/teams/${team.body.id}`,
      { description: 'v2' },
      { 'if-match': '"1"' },
    );
    expect(updated.status).toBe(200);
    expect(updated.headers.get('etag')).toBe('"2"');
    const stale = await ws.api.patch(`/teams/${team.body.id}`, { description: 'v3' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    const staleDelete = await ws.api.delete(`/teams/${team.body.id}`, { 'if-match': '"1"' });
    expect(staleDelete.status).toBe(412);
    expect((await ws.api.get(`/teams/${team.body.id}`)).body.description).toBe('v2');
  });

  it('takes If-Match: * as "if it exists" (RFC 9110), and a weak validator as no match', async () => {
    const team = (await ws.api.post('/teams', { name: `Any ${Date.now()}` })).body;
    const any = await ws.api.patch(`/teams/${team.id}`, { description: 'any' }, { 'if-match': '*' });
    expect(any.status).toBe(200);
    const weak = await ws.api.patch(`/teams/${team.id}`, { description: 'weak' }, { 'if-match': 'W/"2"' });
    expect(weak.status).toBe(412);
    expect((await ws.api.delete(`/teams/${team.id}`, { 'if-match': '*' })).status).toBe(204);
    expect((await ws.api.delete(`/teams/${team.id}`, { 'if-match': '*' })).status).toBe(404);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first answer for the same body and refuses another body', async () => {
    const key = { 'idempotency-key': `key-${Date.now()}` };
    const first = await ws.api.post('/teams', { name: 'Once' }, key);
    const second = await ws.api.post('/teams', { name: 'Once' }, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    const other = await ws.api.post('/teams', { name: 'Twice' }, key);
    expect(other.status).toBe(422);
    const all = await ws.api.get('/teams');
    expect(all.body.data.filter((t: { name: string }) => t.name === 'Once')).toHaveLength(1);
  });

  it('creates once when the same request races itself', async () => {
    const key = { 'idempotency-key': `race-${Date.now()}` };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => ws.api.post('/teams', { name: 'Raced' }, key)),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
  });

  it('does not store a failed request, so it can be fixed and sent again', async () => {
    const key = { 'idempotency-key': `fail-${Date.now()}` };
    expect((await ws.api.post('/teams', { name: '' }, key)).status).toBe(400);
    expect((await ws.api.post('/teams', { name: 'Fixed' }, key)).status).toBe(201);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once the budget is spent', async () => {
    const limited = await startTestServer({ env: { RAPPORT_RATE_LIMIT: '1' } });
    try {
      const local = await buildWorkspace(limited);
      const statuses: number[] = [];
      for (let i = 0; i < 15; i++) statuses.push((await local.api.get('/me')).status);
      expect(statuses).toContain(429);
      const last = await local.api.get('/me');
      expect(last.status).toBe(429);
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.stop();
    }
  });
});

describe('health', () => {
  it('answers /healthz and /readyz outside the API', async () => {
    expect((await server.anonymous.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await server.anonymous.get('/readyz')).body).toEqual({ status: 'ready' });
  });

  it('keeps an idle connection open longer than a proxy in front of it does (60 s)', async () => {
    const response = await fetch(`${server.url}/healthz`);
    await response.text();
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
  });
});
