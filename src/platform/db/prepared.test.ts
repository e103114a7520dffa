import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { createWorkspace } from '../../modules/workspaces/index.ts';
import { isStalePlan, MAX_PARAMETERS, PARTIAL_ARBITER, STATEMENTS_PER_CONNECTION } from './prepared.ts';
import { asSystem, inWorkspace } from './transaction.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
  await database.db.pool.query('CREATE TABLE prepared_probe (id int PRIMARY KEY, a text)');
  await database.db.pool.query(`INSERT INTO prepared_probe VALUES (1, 'one'), (2, 'two')`);
});
afterAll(() => database.drop());

async function onOneConnection<T>(fn: (client: import('pg').PoolClient) => Promise<T>): Promise<T> {
  const client = await database.db.pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

const prepared = (client: import('pg').PoolClient) =>
  client
    .query('SELECT name, statement FROM pg_prepared_statements ORDER BY prepare_time')
    .then((r) => r.rows as { name: string; statement: string }[]);

describe('named statements', () => {
  it('prepare a statement with parameters once per connection; leave text without them, and bulk ones, unnamed', async () => {
    await onOneConnection(async (client) => {
      const text = 'SELECT a FROM prepared_probe WHERE id = $1';
      expect((await client.query(text, [1])).rows).toEqual([{ a: 'one' }]);
      expect((await client.query(text, [2])).rows).toEqual([{ a: 'two' }]);
      await client.query('SELECT 1 AS unnamed');
      const ids = Array.from({ length: MAX_PARAMETERS + 1 }, (_, i) => i);
      const bulk = `SELECT count(*) AS bulk FROM prepared_probe WHERE id IN (${ids.map((i) => `$${i + 1}`).join(', ')})`;
      expect((await client.query(bulk, ids)).rows).toEqual([{ bulk: '2' }]);
      const statements = await prepared(client);
      expect(statements.filter((s) => s.statement === text)).toHaveLength(1);
      expect(statements.some((s) => s.statement.includes('unnamed'))).toBe(false);
      expect(statements.some((s) => s.statement.includes('bulk'))).toBe(false);
    });
  });

  it('close the least recently used beyond the bound a connection, even after a failed transaction', async () => {
    await onOneConnection(async (client) => {
      const hot = 'SELECT a FROM prepared_probe WHERE id = $1 AND true';
      for (let i = 0; i < 150; i++) {
        await client.query(hot, [1]);
        await client.query(`SELECT $1::int + ${i} AS n`, [i]);
      }
      let statements = await prepared(client);
      expect(statements.length).toBeLessThanOrEqual(STATEMENTS_PER_CONNECTION + 1); // the Close of the last eviction rides on the next statement
      expect(statements.some((s) => s.statement === hot)).toBe(true);
      expect(statements.some((s) => s.statement === 'SELECT $1::int + 0 AS n')).toBe(false);

      // In an aborted transaction the evicting statement fails, but its Close still reaches the server.
      await client.query('BEGIN');
      await expect(client.query('SELECT 1 / $1::int', [0])).rejects.toThrow(/division by zero/);
      await expect(client.query('SELECT $1::int AS late', [1])).rejects.toThrow(/aborted/);
      await client.query('ROLLBACK');
      expect((await client.query('SELECT $1::int AS late', [7])).rows).toEqual([{ late: 7 }]);
      statements = await prepared(client);
      expect(statements.length).toBeLessThanOrEqual(STATEMENTS_PER_CONNECTION + 1);
      expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
    });
  });

  it('leave unnamed an ON CONFLICT that names a partial index, which a generic plan could not match', async () => {
    await database.db.pool.query('CREATE TABLE prepared_queue (k text, state text)');
    await database.db.pool.query(
      `CREATE UNIQUE INDEX ON prepared_queue (k) WHERE state IN ('queued', 'running')`,
    );
    const upsert = `INSERT INTO prepared_queue (k, state) VALUES ($1, 'queued')
      ON CONFLICT (k) WHERE state IN ($2, $3) DO NOTHING`;
    await onOneConnection(async (client) => {
      // Named, the sixth run would be weighed for a generic plan and fail to find the arbiter index.
      for (let i = 0; i < 9; i++) await client.query(upsert, ['same', 'queued', 'running']);
      expect((await prepared(client)).some((s) => s.statement === upsert)).toBe(false);
    });
    expect((await database.db.pool.query('SELECT count(*)::int AS n FROM prepared_queue')).rows).toEqual([
      { n: 1 },
    ]);
    for (const text of [
      upsert,
      'insert into t (a) values ($1) on conflict (lower(a), b) where b is not null do nothing',
    ])
      expect(PARTIAL_ARBITER.test(text)).toBe(true);
    for (const text of [
      'INSERT INTO t (a) VALUES ($1) ON CONFLICT (a) DO UPDATE SET b = $2 WHERE t.c = $3',
      'INSERT INTO t (a) VALUES ($1) ON CONFLICT ON CONSTRAINT t_pkey DO NOTHING',
    ])
      expect(PARTIAL_ARBITER.test(text)).toBe(false);
  });

  it('make the plan again when a migration changed the columns under it', async () => {
    await onOneConnection(async (client) => {
      const text = 'SELECT * FROM prepared_probe WHERE id = $1';
      expect((await client.query(text, [1])).rows).toEqual([{ id: 1, a: 'one' }]);
      await client.query('ALTER TABLE prepared_probe ADD COLUMN b int');
      const stale = await client.query(text, [1]).catch((error: unknown) => error);
      expect(isStalePlan(stale)).toBe(true);
      expect((await client.query(text, [1])).rows).toEqual([{ id: 1, a: 'one', b: null }]);
    });
  });

  it('make every connection forget its statements once one meets a stale plan', async () => {
    // The embedded database has one connection; the server's pool many, each with its own statements.
    if (database.db.kind === 'pglite') return expect(database.db.pool.options.max).toBe(1);
    const [first, second] = await Promise.all([database.db.pool.connect(), database.db.pool.connect()]);
    try {
      const text = 'SELECT * FROM prepared_probe WHERE id = $1 AND id > 0';
      for (const client of [first, second]) await client.query(text, [1]);
      await first.query('ALTER TABLE prepared_probe ADD COLUMN d int');
      expect(isStalePlan(await first.query(text, [1]).catch((error: unknown) => error))).toBe(true);
      expect((await second.query(text, [1])).rows).toEqual([{ id: 1, a: 'one', b: null, d: null }]);
    } finally {
      first.release();
      second.release();
    }
  });

  it('keep row-level security: a statement prepared by the owner is planned again for the request role', async () => {
    const workspaces = await Promise.all(
      ['Left', 'Right'].map((name, i) =>
        createWorkspace(database.db, {
          name,
          admin: { email: `rls-${i}@example.com`, name, password: 'correct horse battery' },
          via: 'cli',
        }),
      ),
    );
    const [left, right] = workspaces.map((w) => w.workspaceId) as [string, string];
    await database.db.pool.query(
      `INSERT INTO teams (workspace_id, name) VALUES ($1, 'RLS a'), ($1, 'RLS b'), ($2, 'RLS c')`,
      [left, right],
    );
    // The same text, so the same named statement, run often enough as the owner for a generic plan.
    const count = (tx: Parameters<Parameters<typeof asSystem>[1]>[0]) =>
      sql<{ n: number }>`SELECT count(*)::int AS n FROM teams WHERE name LIKE ${'RLS %'}`
        .execute(tx)
        .then((r) => r.rows[0]?.n);
    for (let i = 0; i < 8; i++) expect(await asSystem(database.db, count)).toBe(3);
    const runs = await asSystem(database.db, (tx) =>
      sql<{ runs: number }>`
        SELECT (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements
        WHERE statement LIKE ${'%FROM teams WHERE name LIKE%'}`.execute(tx),
    );
    expect(runs.rows[0]?.runs).toBeGreaterThanOrEqual(8);
    const as = (workspaceId: string) =>
      inWorkspace(database.db, { workspaceId, actor: { type: 'system', id: null }, via: 'job' }, count);
    expect(await as(left)).toBe(2);
    expect(await as(right)).toBe(1);
    expect(await asSystem(database.db, count)).toBe(3);
  });

  it('run a transaction again after a stale plan, so callers never see it', async () => {
    const read = () =>
      asSystem(database.db, (tx) => sql`SELECT * FROM prepared_probe WHERE id = ${2}`.execute(tx)).then(
        (r) => r.rows,
      );
    const before = await read();
    await database.db.pool.query('ALTER TABLE prepared_probe ADD COLUMN c int');
    expect(await read()).toEqual(before.map((row) => ({ ...(row as object), c: null })));
  });
});
