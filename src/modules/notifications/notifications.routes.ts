import { sql } from 'kysely';
import { z } from 'zod';
import { fetchPage, PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { defineRoute, everyone, ok } from '../../platform/http/route.ts';
import { Id, iso, Timestamp } from '../../platform/http/schemas.ts';

const NotificationSchema = z
  .object({
    id: Id,
    kind: z.string(),
    title: z.string(),
    body: z.string().nullable(),
    recordType: z.string().nullable(),
    recordId: Id.nullable(),
    actorUserId: Id.nullable(),
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .meta({ id: 'Notification' });

const list = defineRoute({
  method: 'get',
  path: '/notifications',
  operationId: 'listNotifications',
  summary: 'Your notifications, newest first',
  tag: 'Notifications',
  allow: everyone,
  query: PageQuery.extend({ unread: z.enum(['true', 'false']).optional() }),
  responses: {
    200: {
      description: 'A page of notifications.',
      schema: pageOf(NotificationSchema).extend({ unread: z.number().int() }),
    },
  },
  async handler({ tx, principal, query }) {
    let select = tx
      .selectFrom('notifications')
      .selectAll()
      .where('workspace_id', '=', principal.workspaceId)
      .where('user_id', '=', principal.userId);
    if (query.unread === 'true') select = select.where('read_at', 'is', null);
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
      .where('workspace_id', '=', principal.workspaceId)
      .where('user_id', '=', principal.userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return ok({
      data: page.rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        recordType: n.record_type,
        recordId: n.record_id,
        actorUserId: n.actor_user_id,
        createdAt: iso(n.created_at),
        readAt: n.read_at ? iso(n.read_at) : null,
      })),
      nextCursor: page.nextCursor,
      unread: unread.n,
    });
  },
});

const markRead = defineRoute({
  method: 'post',
  path: '/notifications/read',
  operationId: 'markNotificationsRead',
  summary: 'Mark notifications as read (some, or all)',
  tag: 'Notifications',
  allow: everyone,
  body: z
    .strictObject({ ids: z.array(Id).max(500).optional() })
    .meta({ example: { ids: ['01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f'] } }),
  responses: {
    200: { description: 'How many were marked.', schema: z.object({ marked: z.number().int() }) },
  },
  async handler({ tx, principal, body }) {
    let update = tx
      .updateTable('notifications')
      .set({ read_at: sql`now()` })
      .where('workspace_id', '=', principal.workspaceId)
      .where('user_id', '=', principal.userId)
      .where('read_at', 'is', null);
    if (body.ids)
      update = update.where(
        'id',
        'in',
        body.ids.length ? body.ids : ['00000000-0000-0000-0000-000000000000'],
      );
    const result = await update.executeTakeFirst();
    return ok({ marked: Number(result.numUpdatedRows) });
  },
});

export const notificationRoutes = [list, markRead];
