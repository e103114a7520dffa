import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Db, openDatabase, openEmbedded } from '../../src/platform/db/connect.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { createLogger } from '../../src/platform/log/logger.ts';

/**
 * Every suite runs on both back-ends: RAPPORT_TEST_DB=pglite (default) or postgres, with
 * RAPPORT_TEST_PG_URL pointing at a server where databases may be created. Each test file gets a
 * fresh, migrated database of its own, cloned from one migrated once per run.
 */
export const backend = (process.env.RAPPORT_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
const pgAdminUrl = process.env.RAPPORT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = process.env.RAPPORT_TEST_RUN_ID ?? String(process.pid);
const templateName = `rapport_tpl_${runId}`;
const snapshotFile = path.join(os.tmpdir(), `rapport-test-${runId}.tar.gz`);

export const quietLogger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

/** Once per run (vitest globalSetup): the migrated template. */
export async function prepareTemplate(): Promise<() => Promise<void>> {
  if (backend === 'pglite') {
    const db = await openEmbedded('memory://', quietLogger);
    await migrate(db, quietLogger);
    const dump = await db.pglite?.dumpDataDir('gzip');
    if (!dump) throw new Error('PGlite could not dump its data directory');
    fs.writeFileSync(snapshotFile, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    return async () => fs.rmSync(snapshotFile, { force: true });
  }
  await adminQuery(`DROP DATABASE IF EXISTS ${templateName}`);
  await adminQuery(`CREATE DATABASE ${templateName}`);
  const db = await openDatabase({ kind: 'postgres', url: urlFor(templateName), poolSize: 2 }, quietLogger);
  await migrate(db, quietLogger);
  await db.close();
  // Nobody may connect to the template any more, autovacuum included, so copies never wait for it.
  await adminQuery(`ALTER DATABASE ${templateName} WITH ALLOW_CONNECTIONS false`);
  return async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
  };
}

export interface TestDatabase {
  db: Db;
  /** The connection string, for child processes (CLI tests); undefined on PGlite. */
  url: string | undefined;
  drop(): Promise<void>;
}

/** A fresh database for one test file, already migrated. */
export async function freshDatabase(): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const snapshot = new Blob([fs.readFileSync(snapshotFile)]);
    const db = await openEmbedded('memory://', quietLogger, snapshot);
    return { db, url: undefined, drop: () => db.close() };
  }
  const name = `rapport_t_${runId}_${Math.random().toString(36).slice(2, 10)}`;
  await retryWhileInUse(() => adminQuery(`CREATE DATABASE ${name} TEMPLATE ${templateName}`));
  const url = urlFor(name);
  const db = await openDatabase({ kind: 'postgres', url, poolSize: 10 }, quietLogger);
  return {
    db,
    url,
    async drop() {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

// A closed connection's backend may linger for a moment, and CREATE DATABASE … TEMPLATE refuses to copy
// a database anyone is connected to (SQLSTATE 55006).
async function retryWhileInUse(fn: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function urlFor(database: string): string {
  const url = new URL(pgAdminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgAdminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
