import { z } from 'zod';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { defineRoute, everyone, ok } from '../../platform/http/route.ts';
import { Id, iso, Timestamp } from '../../platform/http/schemas.ts';
import { listNotifications, markNotificationsRead } from './notifications.service.ts';

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
    const page = await listNotifications(tx, principal, { ...query, unreadOnly: query.unread === 'true' });
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
      unread: page.unread,
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
    return ok({ marked: await markNotificationsRead(tx, principal, body.ids) });
  },
});

export const notificationRoutes = [list, markRead];
