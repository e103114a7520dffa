import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './env.ts';
import { mountWebApp } from './web.ts';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-web-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

const app = new Hono<AppEnv>();
mountWebApp(app, dist);
const get = (url: string) => app.request(url);

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
});
