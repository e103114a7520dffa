import { createHash } from 'node:crypto';
import fsCallback, { type BigIntStats } from 'node:fs';
import fs from 'node:fs/promises';
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

const IMMUTABLE = 'public, max-age=31536000, immutable';
const NOT_BUILT = 'The web app is not built yet: run `npm run build` (npm start does it for you).';

/** The whole build is a few MB (its JavaScript, and a Brotli and a gzip copy of it): this holds it all. */
const CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Serves the built web app: hashed assets cached for a year, every other page path answered with
 * index.html so the client-side router can take it. Every file carries a strong ETag, so a browser
 * revalidating index.html (no-cache) gets a 304 instead of the file. HEAD is answered by Hono from
 * this GET route, without the body.
 */
export function mountWebApp(app: Hono<AppEnv>, distDir: string, options: { cacheBytes?: number } = {}): void {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, 'index.html');
  const files = fileCache(options.cacheBytes ?? CACHE_BYTES);
  app.get('*', async (c) => {
    const requested = decodedPath(c.req.path);
    const file = requested === undefined ? undefined : path.join(root, requested);
    if (requested !== undefined && file?.startsWith(root + path.sep)) {
      const cacheControl = requested.startsWith('/assets/') ? IMMUTABLE : 'no-cache';
      const response = await serveFile(c, files, file, cacheControl);
      if (response) return response;
    }
    return (await serveFile(c, files, indexFile, 'no-cache')) ?? c.text(NOT_BUILT, 503);
  });
}

type FileCache = ReturnType<typeof fileCache>;

/** The file, or its compressed copy the client accepts, as a 200 or a 304; undefined when no such file. */
async function serveFile(c: Context<AppEnv>, files: FileCache, file: string, cacheControl: string) {
  const plain = await statFile(file);
  if (!plain) return undefined;
  const [br, gzip] = await Promise.all([statFile(`${file}.br`), statFile(`${file}.gz`)]);
  const encoding = acceptedEncoding(c, [...(br ? ['br' as const] : []), ...(gzip ? ['gzip' as const] : [])]);
  const chosen =
    encoding === 'br'
      ? { file: `${file}.br`, stats: br }
      : encoding === 'gzip'
        ? { file: `${file}.gz`, stats: gzip }
        : { file, stats: plain };
  const entry = chosen.stats && (await files.read(chosen.file, chosen.stats));
  // Deleted between the stat and the read (a rebuild under way): the next request sees the new build.
  if (!entry) return undefined;
  const headers: Record<string, string> = {
    ETag: entry.etag,
    'Last-Modified': entry.lastModified,
    'Cache-Control': cacheControl,
    // Caches keep one copy per encoding: a copy in Brotli must not reach a client without it.
    ...(br || gzip ? { Vary: 'Accept-Encoding' } : {}),
  };
  // If-Modified-Since is not weighed: its one-second resolution could call a rebuild in the same
  // second unchanged, and every client that has our Last-Modified has our ETag too.
  if (matches(c.req.header('if-none-match'), entry.etag)) return c.body(null, 304, headers);
  return c.body(entry.bytes, 200, {
    ...headers,
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(entry.bytes.byteLength),
    ...(encoding !== 'identity' ? { 'Content-Encoding': encoding } : {}),
  });
}

/** Whether If-None-Match names this ETag or is "*": compared weakly, as RFC 9110 §13.1.2 says. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The file's stats, if it is a file. With a callback: fs.promises.stat kept the event loop busy about
 * twice as long per call (as measured on Node 20), and a request makes three or four.
 */
function statFile(file: string): Promise<BigIntStats | undefined> {
  return new Promise((resolve) => {
    try {
      fsCallback.stat(file, { bigint: true }, (error, stats) =>
        resolve(!error && stats.isFile() ? stats : undefined),
      );
    } catch {
      // A name the file system refuses (a NUL byte) throws at once: no such file either.
      resolve(undefined);
    }
  });
}

interface CachedFile {
  version: string;
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  lastModified: string;
}

/** What tells one version of a file on disk from the next: a rebuild rewrites or replaces it. */
const versionOf = (s: BigIntStats) => `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

/**
 * The files last read, least recently used first, up to maxBytes. Each request stats the file and
 * reads it again when it changed: the dist dir is rebuilt under a running server (`npm run build`) and
 * a stale index.html would point at chunks that are gone. A stat rather than fs.watch, which loses
 * track of files the build deletes and writes anew, and of the dir itself when it is removed.
 */
function fileCache(maxBytes: number) {
  const entries = new Map<string, CachedFile>();
  let total = 0;
  const forget = (file: string) => {
    const entry = entries.get(file);
    if (!entry) return;
    entries.delete(file);
    total -= entry.bytes.byteLength;
  };
  return {
    async read(file: string, stats: BigIntStats): Promise<CachedFile | undefined> {
      const cached = entries.get(file);
      const entry = cached?.version === versionOf(stats) ? cached : await load(file);
      // After the wait, whichever entry is there now (another request's read of it too) is replaced.
      forget(file);
      if (!entry || entry.bytes.byteLength > maxBytes) return entry;
      entries.set(file, entry);
      total += entry.bytes.byteLength;
      for (const [oldest] of entries) {
        if (total <= maxBytes) break;
        forget(oldest);
      }
      return entry;
    },
  };
}

/** The file's bytes and the version they are, from one open file: a rename over it cannot mix the two. */
async function load(file: string): Promise<CachedFile | undefined> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file);
    const stats = await handle.stat({ bigint: true });
    if (!stats.isFile()) return undefined;
    const bytes = new Uint8Array(await handle.readFile());
    return {
      version: versionOf(stats),
      bytes,
      // Of the bytes sent, so each encoding has its own, and a rebuild that changed nothing keeps it.
      etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`,
      lastModified: new Date(Number(stats.mtimeMs)).toUTCString(),
    };
  } catch {
    return undefined;
  } finally {
    // A failed close leaks nothing worth a 500: the handle is gone either way.
    await handle?.close().catch(() => undefined);
  }
}

type Encoding = 'br' | 'gzip';

/**
 * Which of the build's Brotli or gzip copies of a file (web/vite.config.ts) to send, of those there
 * are. Of two encodings the client weighs alike, Brotli, the smaller: browsers list gzip first.
 */
function acceptedEncoding(c: Context<AppEnv>, available: Encoding[]): Encoding | 'identity' {
  if (available.length === 0) return 'identity';
  return accepts(c, {
    header: 'Accept-Encoding',
    supports: available,
    default: 'identity',
    match: (accepted) => {
      const weight = (name: string) => accepted.find((a) => a.type.toLowerCase() === name)?.q ?? 0;
      const best = available.reduce((a, b) => (weight(b) > weight(a) ? b : a));
      return weight(best) > 0 ? best : 'identity';
    },
  }) as Encoding | 'identity';
}

/** The path as a file path under the app; undefined when its percent-encoding is broken ("/100%"). */
function decodedPath(raw: string): string | undefined {
  try {
    return path.normalize(decodeURIComponent(raw)).replace(/^(\.\.[/\\])+/, '');
  } catch {
    return undefined;
  }
}
