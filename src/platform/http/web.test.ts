import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
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
});
