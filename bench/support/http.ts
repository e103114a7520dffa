// The server under test, in this process, and its baseline: a bare route beside it that replays the
// SQL a real request ran (the same statements, on the same pool), so a ratio shows what Rapport's own
// request pipeline costs on top of the database.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';
import { loadConfig } from '../../src/config.ts';
import { type RunningServer, startServer } from '../../src/server.ts';
import { type Dataset, log, logger } from './dataset.ts';
import { compare, type Request, report } from './measure.ts';

export interface BenchServer {
  /** http://127.0.0.1:port — the API under /api/v1, the replays under /bare. */
  url: string;
  api: string;
  bareUrl: string;
  headers: Record<string, string>;
  /**
   * Runs one real request (a GET unless `request` says otherwise, with its body for i = 0) and keeps
   * its SQL as the baseline `name`, keyed by `key`.
   */
  record(name: string, path: string, key: string, request?: Request): Promise<Statement[]>;
  close(): Promise<void>;
}

export interface Statement {
  text: string;
  values: unknown[];
}

let recording: Statement[] | undefined;
const originalQuery = pg.Client.prototype.query;
// Every statement either back-end runs goes through a node-postgres Client (PGlite through its adapter).
pg.Client.prototype.query = function recordedQuery(this: pg.Client, ...args: unknown[]) {
  const [first, second] = args;
  if (recording) {
    const text = typeof first === 'string' ? first : (first as { text?: string })?.text;
    const values = Array.isArray(second) ? second : ((first as { values?: unknown[] })?.values ?? []);
    if (typeof text === 'string') recording.push({ text, values: [...values] });
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

export async function startBenchServer(dataset: Dataset): Promise<BenchServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: '/nonexistent',
    LOG_LEVEL: 'fatal',
    RAPPORT_JOB_WORKERS: '0',
    RAPPORT_RATE_LIMIT: '1000000',
  });
  const server: RunningServer = await startServer(config, logger, { db: dataset.db });
  const headers = { authorization: `Bearer ${dataset.token}` };
  // A recipe: the statements one request ran, the key they were run for, and the body it sent (a
  // write's), whose values a replay swaps for those of the body it receives.
  const recipes = new Map<string, { key: string; statements: Statement[]; body?: Record<string, unknown> }>();

  const bare = new Hono();
  // Any method: a write's baseline receives (and skips) the same body the route parses.
  bare.all('/bare/:name/:key', async (c) => {
    const recipe = recipes.get(c.req.param('name'));
    if (!recipe) return c.json({ error: 'no such recipe' }, 404);
    const key = decodeURIComponent(c.req.param('key'));
    const swaps = new Map<unknown, unknown>([[recipe.key, key]]);
    if (recipe.body) {
      const body = (await c.req.json()) as Record<string, unknown>;
      for (const [field, value] of Object.entries(recipe.body)) swaps.set(value, body[field]);
    }
    const client = await dataset.db.pool.connect();
    try {
      const results: unknown[] = [];
      for (const s of recipe.statements) {
        const values = s.values.map((v) => (swaps.has(v) ? swaps.get(v) : v));
        const result = await client.query(s.text.replaceAll(recipe.key, key), values);
        for (const r of Array.isArray(result) ? result : [result])
          if (r.rows.length > 0) results.push(r.rows);
      }
      return c.json(results);
    } finally {
      client.release();
    }
  });
  const bareServer = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => bareServer.once('listening', () => resolve()));
  const barePort = (bareServer.address() as AddressInfo).port;

  return {
    url: server.url,
    api: `${server.url}/api/v1`,
    bareUrl: `http://127.0.0.1:${barePort}/bare`,
    headers,
    async record(name, path, key, request) {
      const url = `${server.url}/api/v1${path}`;
      const ask = () => (request ? send(url, headers, request.method, request.body(0)) : get(url, headers));
      // Once to fill the caches (token, custom fields, workspace defaults), then the one we keep. The
      // first also marks the token used, off the request's path: that write must not land in the recipe.
      await ask();
      await new Promise((resolve) => setTimeout(resolve, 200));
      recording = [];
      try {
        await ask();
      } finally {
        const statements = recording;
        recording = undefined;
        recipes.set(name, { key, statements, body: request?.body(0) as Record<string, unknown> });
      }
      const kept = recipes.get(name)?.statements ?? [];
      const shown = kept.map((s) => `  ${s.text.replace(/\s+/g, ' ').slice(0, 160)}`);
      log(`${request?.method ?? 'GET'} ${path} runs ${kept.length} statements:\n${shown.join('\n')}`);
      return kept;
    },
    async close() {
      await new Promise<void>((resolve) => bareServer.close(() => resolve()));
      await server.close();
    },
  };
}

/**
 * A GET that must answer 200; the body as text. Asked again once when the connection drops: a kept-alive
 * socket that the server closed while the caller worked for longer than its idle timeout (filling a
 * fixture) fails the next request that reuses it.
 */
export async function get(url: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(url, { headers }).catch(() => fetch(url, { headers }));
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${text.slice(0, 300)}`);
  return text;
}

/** A request with a JSON body that must succeed (200, or 201 for a creation); the body as text. */
export async function send(
  url: string,
  headers: Record<string, string>,
  method: string,
  body: unknown,
): Promise<string> {
  const response = await fetch(url, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`);
  return text;
}

/**
 * p50/p95/p99 of a route, one request at a time, against the bare replay of its own SQL. `keys` are
 * what varies between requests (a person's id); `path(key)` is the API path.
 */
export async function routeVsBare(
  server: BenchServer,
  options: { name: string; keys: string[]; path: (key: string) => string; samples: number },
) {
  const { name, keys, path } = options;
  const first = keys[0];
  if (first === undefined) throw new Error(`${name}: nothing to ask for`);
  const statements = await server.record(name, path(first), first);
  const key = (i: number) => encodeURIComponent(keys[i % keys.length] as string);
  const result = await compare({
    rounds: 2,
    n: Math.ceil(options.samples / 2),
    measured: (i) => `${server.api}${path(keys[i % keys.length] as string)}`,
    baseline: (i) => `${server.bareUrl}/${name}/${key(i)}`,
    headers: server.headers,
  });
  return { ...result, statements };
}

/**
 * The first page of a list (`path`: the API path with its query, without a limit) at 50 rows, against
 * the bare replay of its statements, reported under `title` with the list's target (p95 < 20 ms).
 */
export async function reportFirstPage(
  server: BenchServer,
  options: { name: string; path: string; samples: number; title: string },
): Promise<void> {
  const path = `${options.path}&limit=50`;
  // Only the query string varies in name; the bare replay runs the first page's statements.
  const result = await routeVsBare(server, {
    name: options.name,
    keys: ['page1'],
    path: () => path,
    samples: options.samples,
  });
  const rows = (JSON.parse(await get(`${server.api}${path}`, server.headers)) as { data: unknown[] }).data
    .length;
  report(options.title, {
    'rows on the page': rows,
    route: result.measured,
    bare: result.baseline,
    'p95 ratio route/bare': result.ratio,
    'target p95 < 20 ms': result.measured.p95 < 20,
    statements: result.statements.length,
  });
}

/**
 * The cursor that starts page `page` of `list` (a path with `?`, no limit) at `limit` rows a page,
 * reached through 200-row pages: a fiftieth of the requests at 50 a page.
 */
export async function cursorOfPage(
  server: BenchServer,
  list: string,
  page: number,
  limit = 50,
): Promise<string> {
  let remaining = (page - 1) * limit;
  let cursor: string | null = null;
  while (remaining > 0) {
    const size = Math.min(200, remaining);
    const url: string = `${server.api}${list}&limit=${size}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    cursor = (JSON.parse(await get(url, server.headers)) as { nextCursor: string | null }).nextCursor;
    if (!cursor) throw new Error(`${list} ends before page ${page}`);
    remaining -= size;
  }
  if (!cursor) throw new Error('page 1 has no cursor');
  return cursor;
}

/** The deepest page the keyset benchmarks ask for: 2,000 of 50 rows, or halfway through a smaller list. */
export const deepPageOf = (rows: number) => Math.min(2000, Math.floor(rows / 100));
