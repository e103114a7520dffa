import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { Hono } from 'hono';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEnv } from './env.ts';
import { mountWebApp } from './web.ts';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-web-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
// A chunk with the build's compressed copies beside it (web/vite.config.ts), and one without.
const chunk = `export const words = ${JSON.stringify('lorem ipsum '.repeat(500))};`;
fs.writeFileSync(path.join(dist, 'assets', 'page-3c4d.js'), chunk);
fs.writeFileSync(path.join(dist, 'assets', 'page-3c4d.js.br'), brotliCompressSync(chunk));
fs.writeFileSync(path.join(dist, 'assets', 'page-3c4d.js.gz'), gzipSync(chunk));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

const app = new Hono<AppEnv>();
mountWebApp(app, dist);
const get = (url: string, headers: Record<string, string> = {}) => app.request(url, { headers });
const head = (url: string, headers: Record<string, string> = {}) =>
  app.request(url, { method: 'HEAD', headers });
afterEach(() => vi.restoreAllMocks());

/** A dist dir of its own, for a test that rewrites it or counts its reads. */
function ownDist(options: { cacheBytes?: number } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-web-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const own = new Hono<AppEnv>();
  mountWebApp(own, dir, options);
  return { dir, get: (url: string, headers: Record<string, string> = {}) => own.request(url, { headers }) };
}

/** The body as the client reads it, after undoing the Content-Encoding the server chose. */
async function decoded(response: Response): Promise<string> {
  const body = Buffer.from(await response.arrayBuffer());
  const encoding = response.headers.get('content-encoding');
  if (encoding === 'br') return brotliDecompressSync(body).toString();
  if (encoding === 'gzip') return gunzipSync(body).toString();
  expect(encoding).toBeNull();
  return body.toString();
}

describe('the web app', () => {
  it('serves hashed assets for a year and every page path as index.html', async () => {
    const asset = await get('/assets/app-1a2b.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    const page = await get('/people/0193');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a broken percent-encoding or a way out of the app with the app, never a file outside or an error', async () => {
    for (const url of [
      '/100%',
      '/%E0%A4%A',
      '/people/%zz',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2fetc/passwd',
      '/%00',
      '/assets/app-1a2b.js%00.br',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain('<title>app</title>');
    }
  });

  it('sends the build’s Brotli or gzip copy to a client that accepts it, and the file itself otherwise', async () => {
    const cases: [string | undefined, string | null][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0.5', 'gzip'],
      ['identity', null],
      [undefined, null],
    ];
    for (const [accept, encoding] of cases) {
      const response = await get('/assets/page-3c4d.js', accept ? { 'accept-encoding': accept } : {});
      expect(response.headers.get('content-encoding'), accept).toBe(encoding);
      expect(response.headers.get('vary'), accept).toBe('Accept-Encoding');
      expect(response.headers.get('content-type')).toContain('text/javascript');
      expect(await decoded(response), accept).toBe(chunk);
    }
    // A file the build left as it was (too small to gain) is sent as is, whatever the client accepts.
    const small = await get('/assets/app-1a2b.js', { 'accept-encoding': 'br' });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(small.headers.get('vary')).toBeNull();
  });

  it('reads back the same file whatever Accept-Encoding says', async () => {
    const token = fc.constantFrom('br', 'gzip', 'identity', 'deflate', 'zstd', '*', 'BR', 'x-gzip', '');
    const header = fc
      .array(fc.tuple(token, fc.option(fc.constantFrom('0', '0.5', '1', 'abc', '-1'))), { maxLength: 4 })
      .map((parts) => parts.map(([name, q]) => (q === null ? name : `${name};q=${q}`)).join(', '));
    await fc.assert(
      fc.asyncProperty(fc.oneof(header, fc.string()), async (accept) => {
        const response = await get('/assets/page-3c4d.js', { 'accept-encoding': accept });
        expect(response.status).toBe(200);
        expect(await decoded(response)).toBe(chunk);
      }),
      { numRuns: 200 },
    );
  });

  it('tags every file with a strong ETag and answers an If-None-Match that names it with 304 and no body', async () => {
    const asset = await get('/assets/app-1a2b.js');
    const etag = asset.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(new Date(asset.headers.get('last-modified') ?? '').getTime()).toBeGreaterThan(0);
    for (const ifNoneMatch of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
      const revalidated = await get('/assets/app-1a2b.js', { 'if-none-match': ifNoneMatch });
      expect(revalidated.status, ifNoneMatch).toBe(304);
      expect(await revalidated.text()).toBe('');
      expect(revalidated.headers.get('etag')).toBe(etag);
      expect(revalidated.headers.get('cache-control')).toContain('immutable');
    }
    const changed = await get('/assets/app-1a2b.js', { 'if-none-match': '"other"' });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('console.log(1)');

    // index.html, as every client-side route answers it: one representation, one ETag.
    const page = await get('/people/0193');
    const pageTag = page.headers.get('etag') ?? '';
    expect(pageTag).toMatch(/^"[^"]+"$/);
    expect((await get('/')).headers.get('etag')).toBe(pageTag);
    const again = await get('/companies/42', { 'if-none-match': pageTag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect(again.headers.get('etag')).toBe(pageTag);
  });

  it('gives each encoding of a file its own ETag, and revalidates each against its own', async () => {
    const tags = new Map<string, string>();
    for (const accept of ['br', 'gzip', 'identity']) {
      const response = await get('/assets/page-3c4d.js', { 'accept-encoding': accept });
      tags.set(accept, response.headers.get('etag') ?? '');
    }
    expect(new Set(tags.values()).size).toBe(3);
    const br = await get('/assets/page-3c4d.js', {
      'accept-encoding': 'br',
      'if-none-match': tags.get('br') ?? '',
    });
    expect(br.status).toBe(304);
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('etag')).toBe(tags.get('br'));
    // A cache that holds the Brotli copy asks for it on behalf of a client that only takes gzip.
    const gzip = await get('/assets/page-3c4d.js', {
      'accept-encoding': 'gzip',
      'if-none-match': tags.get('br') ?? '',
    });
    expect(gzip.status).toBe(200);
    expect(gzip.headers.get('etag')).toBe(tags.get('gzip'));
    expect(await decoded(gzip)).toBe(chunk);
  });

  it('serves a file rebuilt under the running server at once, with its new ETag', async () => {
    const site = ownDist();
    const index = path.join(site.dir, 'index.html');
    fs.writeFileSync(index, '<!doctype html><title>first build</title>');
    const first = await site.get('/people');
    const firstTag = first.headers.get('etag') ?? '';
    expect(await first.text()).toContain('first build');

    fs.writeFileSync(index, '<!doctype html><title>the second build</title>');
    const second = await site.get('/people', { 'if-none-match': firstTag });
    expect(second.status).toBe(200);
    expect(await second.text()).toContain('the second build');
    const secondTag = second.headers.get('etag') ?? '';
    expect(secondTag).toMatch(/^"[^"]+"$/);
    expect(secondTag).not.toBe(firstTag);

    // Replaced by another file of the same size and the same modification time: still noticed.
    const { mtime, atime } = fs.statSync(index);
    const next = path.join(site.dir, 'index.html.next');
    fs.writeFileSync(next, '<!doctype html><title>the third build</title>');
    fs.utimesSync(next, atime, mtime);
    fs.renameSync(next, index);
    const third = await site.get('/people', { 'if-none-match': secondTag });
    expect(third.status).toBe(200);
    expect(await third.text()).toContain('the third build');

    // The build empties the dir first.
    fs.rmSync(index);
    const between = await site.get('/people');
    expect(between.status).toBe(503);
    expect(await between.text()).toContain('not built');
    fs.writeFileSync(index, '<!doctype html><title>first build</title>');
    const rebuilt = await site.get('/people');
    expect(await rebuilt.text()).toContain('first build');
    expect(rebuilt.headers.get('etag')).toBe(firstTag);
  });

  it('answers HEAD as GET, without the body', async () => {
    for (const [url, accept] of [
      ['/assets/app-1a2b.js', undefined],
      ['/assets/page-3c4d.js', 'br'],
      ['/people/0193', undefined],
    ] as const) {
      const headers: Record<string, string> = accept ? { 'accept-encoding': accept } : {};
      const full = await get(url, headers);
      const body = await full.arrayBuffer();
      const bare = await head(url, headers);
      expect(bare.status, url).toBe(200);
      expect(await bare.text(), url).toBe('');
      for (const name of [
        'etag',
        'last-modified',
        'cache-control',
        'content-type',
        'content-encoding',
        'vary',
      ])
        expect(bare.headers.get(name), `${url} ${name}`).toBe(full.headers.get(name));
      expect(bare.headers.get('content-length'), url).toBe(String(body.byteLength));
      const revalidated = await head(url, { ...headers, 'if-none-match': full.headers.get('etag') ?? '' });
      expect(revalidated.status, url).toBe(304);
    }
  });

  it('reads no file synchronously while answering, and an unchanged file once', async () => {
    const site = ownDist();
    fs.mkdirSync(path.join(site.dir, 'assets'));
    fs.writeFileSync(path.join(site.dir, 'index.html'), '<!doctype html><title>app</title>');
    fs.writeFileSync(path.join(site.dir, 'assets', 'page-3c4d.js'), chunk);
    fs.writeFileSync(path.join(site.dir, 'assets', 'page-3c4d.js.br'), brotliCompressSync(chunk));
    const sync = (
      ['existsSync', 'statSync', 'lstatSync', 'readFileSync', 'openSync', 'readSync'] as const
    ).map((name) => vi.spyOn(fs, name));
    const opened = vi.spyOn(fsp, 'open');
    for (let i = 0; i < 3; i++) {
      for (const [url, accept] of [
        ['/assets/page-3c4d.js', 'br'],
        ['/assets/page-3c4d.js', 'identity'],
        ['/people/0193', 'br'],
        ['/100%', 'br'],
      ]) {
        const response = await site.get(url ?? '', { 'accept-encoding': accept ?? '' });
        expect(response.status).toBe(200);
        await response.arrayBuffer();
      }
    }
    for (const spy of sync) expect(spy).not.toHaveBeenCalled();
    // The chunk, its Brotli copy and index.html.
    expect(opened).toHaveBeenCalledTimes(3);
  });

  it('keeps no more files in memory than its bound, and serves those that do not fit', async () => {
    const site = ownDist({ cacheBytes: chunk.length + 10 });
    fs.mkdirSync(path.join(site.dir, 'assets'));
    fs.writeFileSync(path.join(site.dir, 'index.html'), '<!doctype html><title>app</title>');
    fs.writeFileSync(path.join(site.dir, 'assets', 'page-3c4d.js'), chunk);
    fs.writeFileSync(path.join(site.dir, 'assets', 'big-5e6f.js'), chunk.repeat(2));
    const opened = vi.spyOn(fsp, 'open');
    const read = async (url: string) => (await site.get(url)).text();
    expect(await read('/assets/page-3c4d.js')).toBe(chunk);
    expect(await read('/assets/page-3c4d.js')).toBe(chunk);
    expect(opened).toHaveBeenCalledTimes(1);
    // Too big to keep: read each time.
    expect(await read('/assets/big-5e6f.js')).toBe(chunk.repeat(2));
    expect(await read('/assets/big-5e6f.js')).toBe(chunk.repeat(2));
    expect(opened).toHaveBeenCalledTimes(3);
    // index.html and the chunk do not fit together: the one used least recently goes.
    expect(await read('/')).toContain('<title>app</title>');
    expect(await read('/')).toContain('<title>app</title>');
    expect(opened).toHaveBeenCalledTimes(4);
    expect(await read('/assets/page-3c4d.js')).toBe(chunk);
    expect(opened).toHaveBeenCalledTimes(5);
  });
});
