import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { fetchPage } from '../../platform/http/pagination.ts';

interface Member {
  workspaceId: string;
  userId: string;
}

/** A member's notifications, newest first, a keyset page at a time; with how many are unread in all. */
export async function listNotifications(
  tx: Tx,
  member: Member,
  query: { limit: number; cursor?: string | undefined; unreadOnly: boolean },
) {
  let select = tx
    .selectFrom('notifications')
    .selectAll()
    .where('workspace_id', '=', member.workspaceId)
    .where('user_id', '=', member.userId);
  if (query.unreadOnly) select = select.where('read_at', 'is', null);
  const page = await fetchPage(select, {
    limit: query.limit,
    cursor: query.cursor,
    sort: '-createdAt',
    columns: { createdAt: 'created_at' },
    idColumn: 'id',
  });
  const unread = await tx
    .selectFrom('notifications')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('workspace_id', '=', member.workspaceId)
    .where('user_id', '=', member.userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { ...page, unread: unread.n };
}

/** Marks a member's unread notifications read: those named, or all. Returns how many were. */
export async function markNotificationsRead(
  tx: Tx,
  member: Member,
  ids: string[] | undefined,
): Promise<number> {
  if (ids?.length === 0) return 0;
  let update = tx
    .updateTable('notifications')
    .set({ read_at: sql`now()` })
    .where('workspace_id', '=', member.workspaceId)
    .where('user_id', '=', member.userId)
    .where('read_at', 'is', null);
  if (ids) update = update.where('id', 'in', ids);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
