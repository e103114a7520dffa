import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { notFound } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';

export interface AuditFilter {
  recordId?: string | undefined;
  objectType?: string | undefined;
  actorId?: string | undefined;
  action?: 'created' | 'updated' | 'deleted' | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

function entriesQuery(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('record_changes as rc')
    .leftJoin('users as u', (j) => j.on(sql<boolean>`rc.actor_type = 'user' AND u.id::text = rc.actor_id`))
    .select([
      'rc.id',
      'rc.occurred_at',
      'rc.object_type',
      'rc.record_id',
      'rc.record_label',
      'rc.action',
      'rc.changes',
      'rc.snapshot',
      'rc.actor_type',
      'rc.actor_id',
      'u.name as actor_name',
      'rc.via',
      'rc.request_id',
    ])
    .where('rc.workspace_id', '=', workspaceId);
}

export type AuditEntryRow = Awaited<ReturnType<ReturnType<typeof entriesQuery>['executeTakeFirstOrThrow']>>;

/** Newest first. The trail is append-only: what it says is what happened. */
export async function listAuditEntries(
  tx: Tx,
  input: { workspaceId: string; filter: AuditFilter; limit: number; cursor: string | undefined },
) {
  const { filter } = input;
  let query = entriesQuery(tx, input.workspaceId);
  if (filter.recordId) query = query.where('rc.record_id', '=', filter.recordId);
  if (filter.objectType) query = query.where('rc.object_type', '=', filter.objectType);
  if (filter.actorId) query = query.where('rc.actor_id', '=', filter.actorId);
  if (filter.action) query = query.where('rc.action', '=', filter.action);
  if (filter.since) query = query.where('rc.occurred_at', '>=', new Date(filter.since));
  if (filter.until) query = query.where('rc.occurred_at', '<', new Date(filter.until));
  return fetchPage(query, {
    limit: input.limit,
    cursor: input.cursor,
    sort: '-id',
    columns: { id: 'rc.id' },
    idColumn: 'rc.id',
  });
}

export async function getAuditEntry(tx: Tx, workspaceId: string, id: string): Promise<AuditEntryRow> {
  const row = await entriesQuery(tx, workspaceId)
    .where('rc.id', '=', id as never)
    .executeTakeFirst();
  if (!row) throw notFound('audit entry');
  return row;
}
