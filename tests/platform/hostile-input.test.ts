import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../support/api-client.ts';
import { buildWorkspace, type TestWorkspace } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

// Every operation of the OpenAPI document, fed values a careless or hostile client sends, must answer
// with a problem the client can act on (4xx), never a 500: each query parameter in turn, and each top
// level field of each JSON body in turn. Path parameters are ids that exist nowhere, so handlers that
// get past validation answer 404 and nothing real is changed.

const QUERY_VALUES = [
  '',
  '\u0000',
  '\ud800',
  'x'.repeat(5_000),
  '-1',
  '0',
  '1e999',
  'NaN',
  '9999999999999999999999',
  '2026-02-30',
  '[]',
  '{',
  '{"field":"x","op":"eq","value":{"$gt":1}}',
  'null',
  '%',
  "' OR 1=1 --",
  '../../etc/passwd',
];
const BODY_VALUES: unknown[] = [
  null,
  -1,
  1e308,
  1.5,
  '',
  '\u0000',
  'x'.repeat(70_000),
  [],
  [null],
  {},
  { nested: { deeper: [1, 'two', null] } },
  true,
  '2026-13-45',
];
const WHOLE_BODIES: unknown[] = [[], 'text', 1, null, { '\u0000': 1 }];
// Operations that would end the credential the test runs with, or wait for a file upload.
const SKIPPED = new Set(['signOut', 'signOutEverywhere']);

let server: TestServer;
let ws: TestWorkspace;
let document: Json;
beforeAll(async () => {
  server = await startTestServer({ env: { RAPPORT_RATE_LIMIT: '1000000' } });
  ws = await buildWorkspace(server);
  document = (await ws.api.get('/openapi.json')).body;
});
afterAll(() => server.stop());

interface Operation {
  method: string;
  path: string;
  id: string;
  query: string[];
  /** Where a hostile value can go in the body: each field, and each field of a nested object or list of objects. */
  bodyPlaces: ((value: unknown) => Json)[] | undefined;
}

function operations(): Operation[] {
  const resolve = (schema: Json): Json =>
    schema?.$ref ? document.components.schemas[schema.$ref.split('/').pop()] : schema;
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries<Json>(document.paths)) {
    for (const [method, op] of Object.entries<Json>(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method) || SKIPPED.has(op.operationId))
        continue;
      const json = op.requestBody?.content?.['application/json']?.schema;
      out.push({
        method: method.toUpperCase(),
        path: path.replace(/\{[^}]+\}/g, () => randomUUID()).replace(/^\/api\/v1/, ''),
        id: op.operationId,
        query: (op.parameters ?? []).filter((p: Json) => p.in === 'query').map((p: Json) => p.name),
        bodyPlaces: json ? placesIn(resolve(json), resolve) : undefined,
      });
    }
  }
  return out;
}

function placesIn(schema: Json, resolve: (schema: Json) => Json): ((value: unknown) => Json)[] {
  const places: ((value: unknown) => Json)[] = [];
  for (const [field, raw] of Object.entries<Json>(schema?.properties ?? {})) {
    places.push((value) => ({ [field]: value }));
    const property = resolve(raw);
    const item = resolve(property?.items);
    for (const sub of Object.keys(item?.properties ?? {}))
      places.push((value) => ({ [field]: [{ [sub]: value }] }));
    for (const sub of Object.keys(property?.properties ?? {}))
      places.push((value) => ({ [field]: { [sub]: value } }));
  }
  return places;
}

async function send(
  op: Operation,
  query: Record<string, string>,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const search = new URLSearchParams(query).toString();
  const url = `${op.path}${search ? `?${search}` : ''}`;
  const response = await ws.api.request(op.method, url, body === undefined ? undefined : body, headers);
  return { status: response.status, text: response.text };
}

describe('hostile input on every operation', () => {
  it('covers the document', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(100);
    expect(all.flatMap((op) => op.query).length).toBeGreaterThan(100);
    expect(all.filter((op) => op.bodyPlaces).length).toBeGreaterThan(40);
  });

  it('never gets a 500 from a query parameter', async () => {
    const failures: string[] = [];
    for (const op of operations())
      for (const name of op.query)
        for (const value of QUERY_VALUES) {
          const { status, text } = await send(op, { [name]: value });
          if (status >= 500)
            failures.push(
              `${op.method} ${op.id} ?${name}=${JSON.stringify(value).slice(0, 40)}: ${status} ${text.slice(0, 200)}`,
            );
        }
    expect(failures).toEqual([]);
  });

  it('never gets a 500 from a field of a JSON body, or from a body of the wrong shape', async () => {
    const failures: string[] = [];
    for (const op of operations()) {
      if (!op.bodyPlaces) continue;
      const bodies = [
        ...WHOLE_BODIES,
        ...op.bodyPlaces.flatMap((place) => BODY_VALUES.map((value) => place(value))),
      ];
      for (const body of bodies) {
        const { status, text } = await send(op, {}, body);
        if (status >= 500)
          failures.push(
            `${op.method} ${op.id} ${JSON.stringify(body).slice(0, 60)}: ${status} ${text.slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect((await ws.api.get('/me')).status).toBe(200);
  });

  it('never gets a 500 from an If-Match or an Idempotency-Key', async () => {
    const failures: string[] = [];
    const versions = ['', '*', 'W/"1"', '"-1"', '"1.5"', '"99999999999999999999"', 'garbage', '"'];
    const keys = ['', ' ', 'x'.repeat(10_000), '\u00ff\u00fe', 'a,b'];
    for (const op of operations()) {
      const values =
        op.method === 'PATCH' || op.method === 'DELETE'
          ? versions.map((v) => ({ 'if-match': v }))
          : op.method === 'POST'
            ? keys.map((k) => ({ 'idempotency-key': k }))
            : [];
      for (const headers of values) {
        const { status, text } = await send(op, {}, op.bodyPlaces ? {} : undefined, headers);
        if (status >= 500)
          failures.push(
            `${op.method} ${op.id} ${JSON.stringify(headers).slice(0, 60)}: ${status} ${text.slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
});
