import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { asSystem, type Tx } from '../db/transaction.ts';
import { type ChangePairs, changePairs } from './changes.ts';

export interface RecordChange {
  workspaceId: string;
  id: string;
  txid: string;
  occurredAt: Date;
  objectType: string;
  recordId: string;
  action: 'created' | 'updated' | 'deleted';
  changes: ChangePairs;
  actorType: string;
  actorId: string | null;
  via: string;
}

/**
 * Hands the next batch of record changes to a named consumer (timeline, webhooks, search, …) and
 * moves its cursor, in one transaction: a batch is processed exactly once when the handler writes
 * through `tx`.
 *
 * Changes are read in (txid, id) order and only from transactions older than the oldest one still
 * running (pg_snapshot_xmin), so a change that commits late — an earlier txid committing after a later
 * one — is never skipped (ids alone would skip it). The consumer's row is locked, so one process at a
 * time advances it.
 */
export async function consumeChanges(
  db: Db,
  consumer: string,
  handle: (changes: RecordChange[], tx: Tx) => Promise<void>,
  batchSize = 500,
): Promise<number> {
  return asSystem(db, async (tx) => {
    await tx
      .insertInto('event_consumers')
      .values({ name: consumer })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const cursor = await tx
      .selectFrom('event_consumers')
      .select(['last_txid', 'last_id'])
      .where('name', '=', consumer)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const rows = await sql<{
      workspace_id: string;
      id: string;
      txid: string;
      occurred_at: Date;
      object_type: string;
      record_id: string;
      action: RecordChange['action'];
      changes: Record<string, unknown>;
      snapshot: boolean;
      actor_type: string;
      actor_id: string | null;
      via: string;
    }>`
      SELECT workspace_id, id, txid::text AS txid, occurred_at, object_type, record_id, action, changes, snapshot,
             actor_type, actor_id, via
      FROM record_changes
      WHERE (txid, id) > (${cursor.last_txid}::xid8, ${cursor.last_id}::bigint)
        AND txid < pg_snapshot_xmin(pg_current_snapshot())
      -- Qualified: a bare "txid" here would be the text column above, sorted as text ('10000' before
      -- '9999') and by a full sort of the backlog instead of the stream index.
      ORDER BY record_changes.txid, record_changes.id
      LIMIT ${batchSize}`.execute(tx);
    const last = rows.rows.at(-1);
    if (!last) return 0;
    await handle(
      rows.rows.map((r) => ({
        workspaceId: r.workspace_id,
        id: r.id,
        txid: r.txid,
        occurredAt: r.occurred_at,
        objectType: r.object_type,
        recordId: r.record_id,
        action: r.action,
        changes: changePairs(r.action, r.changes, r.snapshot),
        actorType: r.actor_type,
        actorId: r.actor_id,
        via: r.via,
      })),
      tx,
    );
    await tx
      .updateTable('event_consumers')
      .set({ last_txid: last.txid, last_id: last.id, updated_at: sql`now()` })
      .where('name', '=', consumer)
      .execute();
    return rows.rows.length;
  });
}
