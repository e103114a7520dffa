import fs from 'node:fs';
import path from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the built web app: hashed assets cached for a year, every other page path answered with
 * index.html so the client-side router can take it.
 */
export function mountWebApp(app: Hono<AppEnv>, distDir: string): void {
  const indexFile = path.join(distDir, 'index.html');
  app.get('*', (c) => {
    const requested = decodedPath(c.req.path);
    const file = requested === undefined ? '' : path.join(distDir, requested);
    if (
      requested &&
      file.startsWith(distDir + path.sep) &&
      fs.existsSync(file) &&
      fs.statSync(file).isFile()
    ) {
      const immutable = requested.startsWith('/assets/');
      return c.body(new Uint8Array(fs.readFileSync(file)), 200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (!fs.existsSync(indexFile)) {
      return c.text('The web app is not built yet: run `npm run build` (npm start does it for you).', 503);
    }
    return c.body(new Uint8Array(fs.readFileSync(indexFile)), 200, {
      'Content-Type': TYPES['.html'] ?? 'text/html',
      'Cache-Control': 'no-cache',
    });
  });
}

/** The path as a file path under the app; undefined when its percent-encoding is broken ("/100%"). */
function decodedPath(raw: string): string | undefined {
  try {
    return path.normalize(decodeURIComponent(raw)).replace(/^(\.\.[/\\])+/, '');
  } catch {
    return undefined;
  }
}
