import { sql } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { createWorkspace } from '../../modules/workspaces/index.ts';
import { AHEAD, AHEAD_LAST } from './ahead.ts';
import { inWorkspace } from './transaction.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
  await database.db.pool.query('CREATE TABLE ahead_probe (id int PRIMARY KEY)');
});
afterAll(() => database.drop());

async function onOneConnection<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await database.db.pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code?: string }) => error,
  );

describe('statements sent ahead', () => {
  it('answer at once and hand their error to the next statement, which the connection then runs as usual', async () => {
    await onOneConnection(async (client) => {
      expect((await client.query(`${AHEAD}SELECT 1/0`)).rows).toEqual([]);
      expect(await failure(client.query('SELECT $1::int AS n', [1]))).toMatchObject({ code: '22012' });
      expect((await client.query('SELECT $1::int AS n', [2])).rows).toEqual([{ n: 2 }]);
    });
  });

  it('take effect before the next statement', async () => {
    await onOneConnection(async (client) => {
      await client.query(`${AHEAD}BEGIN`);
      await client.query(`${AHEAD}SELECT set_config('app.probe', '42', true)`);
      expect((await client.query(`SELECT current_setting('app.probe') AS probe`)).rows).toEqual([
        { probe: '42' },
      ]);
      await client.query('ROLLBACK');
    });
  });

  it('fail closed: when what follows BEGIN fails, even to parse, the next write is refused and nothing is written', async () => {
    await onOneConnection(async (client) => {
      await client.query(`${AHEAD}BEGIN`);
      await client.query(`${AHEAD}SET LOCAL ROLE rapport_app; SELEC 1`);
      expect(await failure(client.query('INSERT INTO ahead_probe VALUES ($1)', [1]))).toMatchObject({
        code: '42601',
      });
      await client.query('ROLLBACK');
      expect((await client.query('SELECT count(*)::int AS n FROM ahead_probe')).rows).toEqual([{ n: 0 }]);
    });
  });

  it('take no parameters; a query with a callback after them waits for their answers and gets their error', async () => {
    await onOneConnection(async (client) => {
      expect(() => client.query(`${AHEAD}SELECT $1`, [1])).toThrow(/no parameters/);
      await client.query(`${AHEAD}SELECT 1/0`);
      const answer = await new Promise<unknown>((resolve) =>
        client.query('SELECT 1', (error) => resolve(error)),
      );
      expect(answer).toMatchObject({ code: '22012' });
      await client.query(`${AHEAD}SELECT 1`);
      const rows = await new Promise((resolve) =>
        client.query('SELECT 2 AS n', (_, result) => resolve(result.rows)),
      );
      expect(rows).toEqual([{ n: 2 }]);
    });
  });

  it('on a server, leave in one write with the statement after them: one round trip', async () => {
    if (database.db.kind === 'pglite') return expect(database.db.pool.options).not.toHaveProperty('pipeline');
    expect(database.db.pool.options).toMatchObject({ pipeline: true });
    await onOneConnection(async (client) => {
      const socket = (client as unknown as { connection: { stream: SocketInternals } }).connection.stream;
      let writes = 0;
      const { _write, _writev } = socket;
      socket._write = (...args) => {
        writes++;
        return _write.apply(socket, args);
      };
      socket._writev = (...args) => {
        writes++;
        return _writev.apply(socket, args);
      };
      try {
        await client.query(`${AHEAD}BEGIN`);
        await client.query(`${AHEAD}SELECT set_config('app.probe', '7', true)`);
        const read = await client.query(`SELECT current_setting('app.probe') AS probe, $1::int AS n`, [3]);
        expect(read.rows).toEqual([{ probe: '7', n: 3 }]);
        expect(writes).toBe(1);
        // A last statement waits for the next user's, and leaves in their write.
        await client.query(`${AHEAD_LAST}COMMIT`);
        await client.query(`${AHEAD}BEGIN`);
        expect((await client.query(`SELECT current_setting('app.probe', true) AS probe`)).rows).toEqual([
          { probe: '' },
        ]);
        expect(writes).toBe(2);
        // With no one after it, it leaves by the end of the event loop's turn.
        await client.query(`${AHEAD_LAST}COMMIT`);
        expect(writes).toBe(2);
        await new Promise((resolve) => setImmediate(resolve));
        expect(writes).toBe(3);
        expect((await client.query('SELECT now() = statement_timestamp() AS outside')).rows).toEqual([
          { outside: true },
        ]);
      } finally {
        socket._write = _write;
        socket._writev = _writev;
      }
    });
  });
});

interface SocketInternals {
  _write(...args: unknown[]): unknown;
  _writev(...args: unknown[]): unknown;
}

describe('read-only transactions', () => {
  const system = { type: 'system', id: null } as const;
  let workspaceId: string;
  beforeAll(async () => {
    ({ workspaceId } = await createWorkspace(database.db, {
      name: 'Ahead',
      admin: { email: 'ahead@example.com', name: 'Ahead', password: 'correct horse battery' },
      via: 'cli',
    }));
  });
  const context = () => ({ workspaceId, actor: system, via: 'api' as const });

  it('are refused a write by PostgreSQL, and then run again in a transaction that may write', async () => {
    const attempts: string[] = [];
    await inWorkspace(
      database.db,
      context(),
      async (tx) => {
        const mode = await sql<{
          mode: string;
        }>`SELECT current_setting('transaction_read_only') AS mode`.execute(tx);
        attempts.push(mode.rows[0]?.mode ?? '');
        await sql`UPDATE workspaces SET name = 'Renamed' WHERE id = ${workspaceId}`.execute(tx);
      },
      { readOnly: true },
    );
    expect(attempts).toEqual(['on', 'off']);
    const name = await inWorkspace(
      database.db,
      context(),
      async (tx) =>
        (await sql<{ name: string }>`SELECT name FROM workspaces WHERE id = ${workspaceId}`.execute(tx)).rows,
      { readOnly: true },
    );
    expect(name).toEqual([{ name: 'Renamed' }]);
  });

  it('run one after another on the same connections, each in its own workspace and role, with nothing left open', async () => {
    const reads = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        inWorkspace(
          database.db,
          context(),
          async (tx) =>
            (
              await sql<{ workspace: string; role: string; i: number }>`
                SELECT current_setting('app.workspace_id') AS workspace, current_user AS role, ${i}::int AS i`.execute(
                tx,
              )
            ).rows[0],
          { readOnly: true },
        ),
      ),
    );
    expect(reads).toEqual(
      Array.from({ length: 60 }, (_, i) => ({ workspace: workspaceId, role: 'rapport_app', i })),
    );
    const state = await onOneConnection(async (client) => {
      const row =
        await client.query(`SELECT current_user = session_user AS owner, current_setting('app.workspace_id', true) AS workspace,
        current_setting('transaction_read_only') AS read_only`);
      return row.rows[0];
    });
    expect(state).toMatchObject({ owner: true, read_only: 'off' });
    expect(state.workspace ?? '').toBe('');
  });
});
