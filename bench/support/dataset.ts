// The benchmarks' data: a `rapport demo` workspace of --people N, in the PostgreSQL database at
// DATABASE_URL or in an embedded database under --data-dir. A workspace of that size left by an
// earlier run is reused; otherwise one is built (and the build's speed printed).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config.ts';
import { createApiToken } from '../../src/modules/api-tokens/index.ts';
import { createDemo } from '../../src/modules/demo/index.ts';
import { type Db, openDatabase, openEmbedded } from '../../src/platform/db/connect.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { inWorkspace } from '../../src/platform/db/transaction.ts';
import { createLogger } from '../../src/platform/log/logger.ts';
import { createRunner } from '../../src/server.ts';

export const logger = createLogger('fatal');

export interface BenchOptions {
  people: number;
  seed: string;
  /** How many samples the latency benchmarks take. */
  samples: number;
  /** Seconds each load test runs. */
  seconds: number;
  json: boolean;
}

export function benchOptions(): BenchOptions & { dataDir: string } {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: process.env.BENCH_PEOPLE ?? '100000' },
      seed: { type: 'string', default: 'bench' },
      samples: { type: 'string', default: '300' },
      seconds: { type: 'string', default: '10' },
      'data-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: false,
  });
  const people = Number(values.people);
  return {
    people,
    seed: String(values.seed),
    samples: Number(values.samples),
    seconds: Number(values.seconds),
    json: Boolean(values.json),
    dataDir: String(values['data-dir'] ?? path.join(os.tmpdir(), `rapport-bench-pglite-${people}`)),
  };
}

export interface Dataset {
  db: Db;
  backend: 'postgres' | 'pglite';
  workspaceId: string;
  userId: string;
  token: string;
  people: number;
  close(): Promise<void>;
}

/** Opens the database and finds or builds the demo workspace; gives an API token of its admin. */
export async function openDataset(options: BenchOptions & { dataDir: string }): Promise<Dataset> {
  const url = process.env.DATABASE_URL;
  const db = url
    ? await openDatabase({ kind: 'postgres', url, poolSize: 60 }, logger)
    : await openEmbedded(options.dataDir, logger);
  await migrate(db, logger);
  let found = await findDemo(db, options.people);
  if (!found) {
    const started = performance.now();
    const built = await createDemo(db, { people: options.people, seed: options.seed });
    const seconds = (performance.now() - started) / 1000;
    // What the demo queued (its custom fields' sort indexes, its duplicate scans) runs now, not in
    // the background of the first benchmark.
    const settling = performance.now();
    await createRunner(db, loadConfig(), logger).drain();
    log(`ran the jobs the demo queued in ${((performance.now() - settling) / 1000).toFixed(0)} s`);
    log(
      `built the demo (${options.people.toLocaleString('en')} people, ${(built.rows.activities ?? 0).toLocaleString('en')} ` +
        `timeline entries) in ${seconds.toFixed(0)} s: ${Math.round(options.people / seconds)} people/s`,
    );
    found = { workspaceId: built.workspaceId, userId: built.userId };
  }
  const { workspaceId, userId } = found;
  const { token } = await inWorkspace(
    db,
    { workspaceId, actor: { type: 'user', id: userId }, via: 'cli' },
    (tx) => createApiToken(tx, { workspaceId, userId, name: 'bench', expiresAt: null }),
  );
  return {
    db,
    backend: db.kind,
    workspaceId,
    userId,
    token,
    people: options.people,
    close: () => db.close(),
  };
}

/** The demo workspace holding exactly `people` people, and its first admin. */
async function findDemo(db: Db, people: number) {
  const rows = await sql<{ workspace_id: string; user_id: string }>`
    SELECT w.id AS workspace_id,
           (SELECT m.user_id FROM memberships m WHERE m.workspace_id = w.id AND m.role = 'admin'
            ORDER BY m.created_at LIMIT 1) AS user_id
    FROM workspaces w
    WHERE w.name LIKE 'Demo % Systems'
      AND (SELECT count(*) FROM people p WHERE p.workspace_id = w.id) = ${people}
    ORDER BY w.created_at DESC LIMIT 1`.execute(db.kysely);
  const row = rows.rows[0];
  return row ? { workspaceId: row.workspace_id, userId: row.user_id } : undefined;
}

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Up to `limit` ids of the workspace's people, from a 1 % sample of the table's pages. */
export async function samplePeople(dataset: Dataset, limit = 5000): Promise<[string, ...string[]]> {
  const ids = (
    await sql<{ id: string }>`
      SELECT id FROM people TABLESAMPLE SYSTEM (1) WHERE workspace_id = ${dataset.workspaceId}
      LIMIT ${limit}`.execute(dataset.db.kysely)
  ).rows.map((r) => r.id);
  const [first, ...rest] = ids;
  if (!first) throw new Error('no people sampled');
  return [first, ...rest];
}
