import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, freshDatabase, type TestDatabase } from '../support/test-database.ts';
import { rapport, startServerProcess, tempDataDir } from './rapport-process.ts';

/**
 * The real `rapport` command in child processes: the admin CLI, start-up, SIGTERM and kill -9, on the
 * back-end under test (a DATA_DIR of its own for the embedded database, a fresh database on a server).
 */
let database: TestDatabase | undefined;
let env: Record<string, string>;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDataDir();
  env = { DATA_DIR: dataDir, DATABASE_URL: '' };
  if (backend === 'postgres') {
    database = await freshDatabase();
    await database.db.close();
    env.DATABASE_URL = database.url ?? '';
  }
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

describe('rapport, the command', () => {
  let token = '';

  it('creates a workspace from a script and prints JSON', async () => {
    const run = await rapport(
      [
        'workspace',
        'create',
        '--name',
        'Scripted',
        '--admin-email',
        'ops@example.com',
        '--admin-password',
        'correct horse battery',
        '--json',
      ],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(Object.keys(printed)).toEqual(['workspaceId', 'userId', 'apiToken']);
    token = printed.apiToken;
  });

  it('fails with one line on stderr and a non-zero exit', async () => {
    const run = await rapport(
      ['workspace', 'create', '--name', 'X', '--admin-email', 'nope', '--admin-password', 'x'],
      env,
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^rapport: /);
    const again = await rapport(['migrate'], env);
    expect(again.code).toBe(0);
  });

  it('keeps every committed change through kill -9, and stops cleanly on SIGTERM', async () => {
    const first = await startServerProcess(env);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const names = Array.from({ length: 20 }, (_, i) => `Team ${i}`);
    for (const name of names) {
      const response = await fetch(`${first.url}/api/v1/teams`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name }),
      });
      expect(response.status).toBe(201);
    }
    if (backend === 'pglite') {
      // While it runs, the embedded database belongs to it: other commands say so instead of waiting.
      const blocked = await rapport(['migrate'], env);
      expect(blocked.code).toBe(1);
      expect(blocked.stderr).toMatch(/in use by another Rapport process/);
    }
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startServerProcess(env);
    const teams = (await (await fetch(`${second.url}/api/v1/teams`, { headers })).json()) as {
      data: { name: string }[];
    };
    expect(teams.data.map((t) => t.name).sort()).toEqual([...names].sort());

    // A request in flight when SIGTERM arrives still gets its answer.
    const inFlight = fetch(`${second.url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ops@example.com', password: 'correct horse battery' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    second.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await second.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'rapport.lock'))).toBe(false);

    const third = await startServerProcess(env);
    expect((await fetch(`${third.url}/api/v1/teams`, { headers })).status).toBe(200);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  });
});
