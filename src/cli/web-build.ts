import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR, WEB_DIST } from '../app.ts';
import type { Logger } from '../platform/log/logger.ts';

const STAMP = path.join(WEB_DIST, '.source-hash');

/**
 * Builds the web app when its sources changed since the last build, so `npm ci && npm start` on a
 * fresh checkout serves the UI without a separate step, and a restart after `git pull` serves the new one.
 */
export async function ensureWebBuilt(logger: Logger, options: { force?: boolean } = {}): Promise<void> {
  const hash = sourceHash();
  if (!options.force && fs.existsSync(path.join(WEB_DIST, 'index.html')) && readStamp() === hash) return;
  logger.info('building the web app (once per change of its sources)');
  const { build } = await import('vite');
  // Vite and the React plugin take NODE_ENV as they find it: under a test runner (NODE_ENV=test) they
  // would ship React's development build. What is served is always the production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(ROOT_DIR, 'web', 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  fs.writeFileSync(STAMP, hash);
}

function readStamp(): string | undefined {
  try {
    return fs.readFileSync(STAMP, 'utf8');
  } catch {
    return undefined;
  }
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [path.join(ROOT_DIR, 'package-lock.json'), ...walk(path.join(ROOT_DIR, 'web'))].sort();
  for (const file of files) {
    hash.update(path.relative(ROOT_DIR, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' ? [] : walk(full);
    return [full];
  });
}
