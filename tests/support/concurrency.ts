import { sql } from 'kysely';
import { createActivity } from '../../src/modules/timeline/index.ts';
import type { Db } from '../../src/platform/db/connect.ts';
import { inWorkspace } from '../../src/platform/db/transaction.ts';
import type { TestWorkspace } from './factories.ts';

/**
 * A call with a person logged by the admin in a transaction left open: the rows it wrote (the person's,
 * their company's) stay locked until `commit()`; `committed` settles once it has. Resolves when the
 * call is written.
 */
export async function callHeldOpen(db: Db, ws: TestWorkspace, personId: string, occurredAt: string) {
  let commit = () => {};
  const held = new Promise<void>((resolve) => {
    commit = resolve;
  });
  let written = () => {};
  const writtenNow = new Promise<void>((resolve) => {
    written = resolve;
  });
  const committed = inWorkspace(
    db,
    { workspaceId: ws.workspaceId, actor: { type: 'user', id: ws.admin.id }, via: 'api' },
    async (tx) => {
      await createActivity(
        tx,
        { workspaceId: ws.workspaceId, userId: ws.admin.id, role: 'admin' },
        { type: 'call', direction: 'outbound', personIds: [personId], occurredAt },
      );
      written();
      await held;
    },
  );
  await Promise.race([writtenNow, committed]);
  return { commit, committed };
}

/**
 * Until a connection to the test's database waits for a lock (at most 5 s). The embedded database has
 * one connection, so nothing there can wait beside the transaction holding it: a short pause, after
 * which the other request simply runs once the transaction has committed.
 */
export async function untilSomeoneWaits(db: Db) {
  if (db.kind !== 'postgres') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return;
  }
  for (let i = 0; i < 100; i++) {
    const waiting = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(db.kysely);
    if ((waiting.rows[0]?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
