import fs from 'node:fs';
import path from 'node:path';
import type { Context, Hono } from 'hono';
import { accepts } from 'hono/accepts';
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
      const encoded = precompressed(c, file);
      return c.body(new Uint8Array(fs.readFileSync(encoded?.file ?? file)), 200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(encoded ? { 'Content-Encoding': encoded.encoding } : {}),
        // Caches keep one copy per encoding: a copy in Brotli must not reach a client without it.
        ...(fs.existsSync(`${file}.gz`) ? { Vary: 'Accept-Encoding' } : {}),
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

const ENCODINGS = ['br', 'gzip'] as const;

/**
 * The build's Brotli or gzip copy of a file (web/vite.config.ts), when the client accepts it. Of two
 * encodings the client weighs alike, Brotli, the smaller: browsers list gzip first.
 */
function precompressed(c: Context<AppEnv>, file: string) {
  const encoding = accepts(c, {
    header: 'Accept-Encoding',
    supports: [...ENCODINGS],
    default: 'identity',
    match: (accepted) => {
      const weight = (name: string) => accepted.find((a) => a.type.toLowerCase() === name)?.q ?? 0;
      const best = ENCODINGS.reduce((a, b) => (weight(b) > weight(a) ? b : a));
      return weight(best) > 0 ? best : 'identity';
    },
  });
  const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : undefined;
  if (!suffix || !fs.existsSync(file + suffix)) return undefined;
  return { file: file + suffix, encoding };
}

/** The path as a file path under the app; undefined when its percent-encoding is broken ("/100%"). */
function decodedPath(raw: string): string | undefined {
  try {
    return path.normalize(decodeURIComponent(raw)).replace(/^(\.\.[/\\])+/, '');
  } catch {
    return undefined;
  }
}
