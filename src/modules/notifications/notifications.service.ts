import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { fetchPage } from '../../platform/http/pagination.ts';

interface Member {
  workspaceId: string;
  userId: string;
}

/**
 * A member's notifications, or only the unread ones: the rows of their list and of the bell's count
 * (migration 0060 keeps the unread in an index of their own, so neither walks what was read long ago).
 */
export function notificationsOf(tx: Tx, member: Member, unreadOnly: boolean) {
  const select = tx
    .selectFrom('notifications')
    .where('workspace_id', '=', member.workspaceId)
    .where('user_id', '=', member.userId);
  return unreadOnly ? select.where('read_at', 'is', null) : select;
}

/** A member's notifications, newest first, a keyset page at a time; with how many are unread in all. */
export async function listNotifications(
  tx: Tx,
  member: Member,
  query: { limit: number; cursor?: string | undefined; unreadOnly: boolean },
) {
  const page = await fetchPage(notificationsOf(tx, member, query.unreadOnly).selectAll(), {
    limit: query.limit,
    cursor: query.cursor,
    sort: '-createdAt',
    columns: { createdAt: 'created_at' },
    idColumn: 'id',
  });
  const unread = await unreadCount(tx, member).executeTakeFirstOrThrow();
  return { ...page, unread: unread.n };
}

export const unreadCount = (tx: Tx, member: Member) =>
  notificationsOf(tx, member, true).select(sql<number>`count(*)::int`.as('n'));

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
