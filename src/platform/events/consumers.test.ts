import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { createWorkspace } from '../../modules/workspaces/index.ts';
import { inWorkspace } from '../db/transaction.ts';
import { consumeChanges, type RecordChange } from './consumers.ts';

let database: TestDatabase;
let workspaceId: string;
beforeAll(async () => {
  database = await freshDatabase();
  ({ workspaceId } = await createWorkspace(database.db, {
    name: 'Events',
    admin: { email: 'events@example.com', name: 'Eve', password: 'correct horse battery' },
    via: 'cli',
  }));
});
afterAll(() => database.drop());

const addTeam = (name: string) =>
  inWorkspace(database.db, { workspaceId, actor: { type: 'system', id: null }, via: 'job' }, (tx) =>
    tx.insertInto('teams').values({ workspace_id: workspaceId, name }).execute(),
  );

async function drain(consumer: string): Promise<RecordChange[]> {
  const seen: RecordChange[] = [];
  while ((await consumeChanges(database.db, consumer, async (batch) => void seen.push(...batch), 2)) > 0) {
    // batches of two, to cross batch boundaries
  }
  return seen;
}

describe('record-change consumers', () => {
  it('deliver every change once, in order, across batches, and resume where they stopped', async () => {
    const first = await drain('test-a');
    expect(first.map((c) => c.objectType)).toContain('workspace');
    await addTeam('One');
    await addTeam('Two');
    const next = await drain('test-a');
    expect(next.map((c) => [c.objectType, c.action])).toEqual([
      ['team', 'created'],
      ['team', 'created'],
    ]);
    expect(await drain('test-a')).toEqual([]);
    // Another consumer has its own cursor and sees everything.
    expect((await drain('test-b')).length).toBe(first.length + 2);
  });

  it('does not skip a change whose transaction commits after a later one', async () => {
    await drain('test-late');
    if (database.db.kind === 'pglite') {
      // The embedded database has one connection: transactions cannot interleave, so the case the
      // xmin horizon guards against cannot arise there.
      expect(database.db.pool.options.max).toBe(1);
      return;
    }
    const early = await database.db.pool.connect();
    try {
      await early.query('BEGIN');
      await early.query(`SELECT set_config('app.workspace_id', $1, true)`, [workspaceId]);
      await early.query(`INSERT INTO teams (workspace_id, name) VALUES ($1, 'Early')`, [workspaceId]);
      await addTeam('Late'); // later txid, commits first
      expect(await drain('test-late')).toEqual([]); // held back: an older transaction is still open
      await early.query('COMMIT');
    } finally {
      early.release();
    }
    const names = (await drain('test-late')).map((c) => c.changes.name?.[1]);
    expect(names).toEqual(['Early', 'Late']);
    const cursor = await sql<{ n: number }>`SELECT count(*)::int AS n FROM event_consumers`.execute(
      database.db.kysely,
    );
    expect(cursor.rows[0]?.n).toBeGreaterThan(0);
  });

  it('orders changes by transaction number, not by its digits', async () => {
    // Transaction 10 written before transaction 9 (as two sessions may commit): as text, '10' sorts
    // before '9'; the stream must hand 9 first, and every later change after both.
    await sql`
      INSERT INTO record_changes (workspace_id, txid, object_type, record_id, action, changes, actor_type, via)
      VALUES (${workspaceId}, '10', 'probe', 'ten', 'created', '{}', 'system', 'job'),
             (${workspaceId}, '9', 'probe', 'nine', 'created', '{}', 'system', 'job')`.execute(
      database.db.kysely,
    );
    const seen = await drain('test-digits');
    expect(seen.slice(0, 2).map((c) => c.recordId)).toEqual(['nine', 'ten']);
    const txids = seen.map((c) => BigInt(c.txid));
    expect(txids).toEqual([...txids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
  });
});
