import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rapport, startServerProcess, tempDataDir } from '../../../tests/process/rapport-process.ts';
import {
  backend,
  freshDatabase,
  quietLogger,
  type TestDatabase,
} from '../../../tests/support/test-database.ts';
import { openDatabase, openEmbedded } from '../../platform/db/connect.ts';

/**
 * The real server, killed with SIGKILL in the middle of an import, then started again: the import
 * resumes after its last committed batch and every row is there exactly once.
 */
let database: TestDatabase | undefined;
let env: Record<string, string>;
let dataDir: string;
let headers: Record<string, string>;

beforeAll(async () => {
  dataDir = tempDataDir();
  env = { DATA_DIR: dataDir, DATABASE_URL: '', RAPPORT_JOB_WORKERS: '1' };
  if (backend === 'postgres') {
    database = await freshDatabase();
    await database.db.close();
    env.DATABASE_URL = database.url ?? '';
  }
  const created = await rapport(
    [
      'workspace',
      'create',
      '--name',
      'Killed',
      '--admin-email',
      'kill@example.com',
      '--admin-password',
      'correct horse battery',
      '--json',
    ],
    env,
  );
  headers = { authorization: `Bearer ${JSON.parse(created.stdout).apiToken}` };
});
afterAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (database?.url) {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: process.env.RAPPORT_TEST_PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(database.url).pathname.slice(1)} WITH (FORCE)`);
    await admin.end();
  }
});

const ROWS = 15_000;

async function api(url: string, route: string, init: RequestInit = {}) {
  const response = await fetch(`${url}/api/v1${route}`, {
    ...init,
    headers: { ...headers, ...init.headers },
  });
  return (await response.json()) as { id: string; status: string; counts: { read: number; created: number } };
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, seconds: number): Promise<T> {
  for (let i = 0; i < seconds * 20; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}

/** What a lease running out looks like, without waiting the lease's two minutes. */
async function expireLeases(): Promise<void> {
  const db = database?.url
    ? await openDatabase({ kind: 'postgres', url: database.url, poolSize: 1 }, quietLogger)
    : await openEmbedded(path.join(dataDir, 'pglite'), quietLogger);
  await sql`UPDATE jobs SET locked_until = now() - interval '1 second' WHERE state = 'running'`.execute(
    db.kysely,
  );
  await db.close();
}

describe('an import through kill -9', () => {
  it('resumes after the last committed batch, each row written once', async () => {
    const first = await startServerProcess(env);
    const lines = [
      'Email,First Name',
      ...Array.from({ length: ROWS }, (_, i) => `killed${i}@example.com,K${i}`),
    ];
    const created = await api(first.url, '/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ object: 'people' }),
    });
    await fetch(`${first.url}/api/v1/imports/${created.id}/file`, {
      method: 'PUT',
      headers,
      body: lines.join('\n'),
    });
    await api(first.url, `/imports/${created.id}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dedupe: 'email' }),
    });
    const midway = await waitFor(
      () => api(first.url, `/imports/${created.id}`),
      (i) => i.counts.read > 0,
      60,
    );
    first.child.kill('SIGKILL');
    await first.exited;
    expect(midway.counts.read).toBeLessThan(ROWS);

    await expireLeases();
    const second = await startServerProcess(env);
    const done = await waitFor(
      () => api(second.url, `/imports/${created.id}`),
      (i) => i.status === 'completed',
      120,
    );
    expect(done.counts).toMatchObject({ read: ROWS, created: ROWS });
    const exported = await fetch(`${second.url}/api/v1/people/export?columns=email`, { headers });
    const emails = (await exported.text()).trim().split('\r\n').slice(1);
    expect(emails).toHaveLength(ROWS);
    expect(new Set(emails).size).toBe(ROWS);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
