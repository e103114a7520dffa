import { z } from 'zod';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { created, defineRoute, ok } from '../../platform/http/route.ts';
import { Id, IdParams, iso, Timestamp } from '../../platform/http/schemas.ts';
import { can } from '../access/index.ts';
import { displayName } from '../people/index.ts';
import {
  createTicket,
  findTicket,
  listTickets,
  PRIORITIES,
  TICKET_CHANNELS,
  TICKET_STATUSES,
  type TicketRow,
  updateTicket,
} from './tickets.service.ts';

const TAG = 'Tickets';

export const TicketSchema = z
  .object({
    id: Id,
    number: z.number().int(),
    subject: z.string(),
    status: z.enum(TICKET_STATUSES),
    priority: z.enum(PRIORITIES),
    requesterId: Id.nullable(),
    requester: z
      .object({ id: Id, name: z.string() })
      .nullable()
      .meta({ description: 'Who asked, named as their record names them.' }),
    assigneeId: Id.nullable(),
    queueId: Id.nullable(),
    channel: z.enum(TICKET_CHANNELS),
    solvedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Ticket' });

export function presentTicket(t: TicketRow): z.infer<typeof TicketSchema> {
  return {
    id: t.id,
    number: Number(t.number),
    subject: t.subject,
    status: t.status as z.infer<typeof TicketSchema>['status'],
    priority: t.priority as z.infer<typeof TicketSchema>['priority'],
    requesterId: t.requester_id,
    requester: t.requester_id && t.requester ? { id: t.requester_id, name: displayName(t.requester) } : null,
    assigneeId: t.assignee_id,
    queueId: t.queue_id,
    channel: t.channel as z.infer<typeof TicketSchema>['channel'],
    solvedAt: t.solved_at ? iso(t.solved_at) : null,
    createdAt: iso(t.created_at),
    updatedAt: iso(t.updated_at),
    version: t.version,
  };
}

const Fields = {
  status: z.enum(TICKET_STATUSES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  requesterId: Id.nullish(),
  assigneeId: Id.nullish(),
  channel: z.enum(TICKET_CHANNELS).optional(),
};

const list = defineRoute({
  method: 'get',
  path: '/tickets',
  operationId: 'listTickets',
  summary: 'List tickets, newest first',
  tag: TAG,
  allow: can('tickets', 'read'),
  query: PageQuery.extend({
    requesterId: Id.optional(),
    companyId: Id.optional().meta({ description: 'Tickets asked by people who work or worked there.' }),
    assigneeId: Id.optional(),
    status: z.enum(TICKET_STATUSES).optional(),
  }),
  responses: { 200: { description: 'A page of tickets.', schema: pageOf(TicketSchema) } },
  async handler({ tx, principal, query }) {
    const { limit, cursor, ...filter } = query;
    const page = await listTickets(tx, principal.workspaceId, filter, { limit, cursor });
    return ok({ data: page.rows.map(presentTicket), nextCursor: page.nextCursor });
  },
});

const create = defineRoute({
  method: 'post',
  path: '/tickets',
  operationId: 'createTicket',
  summary: 'Open a ticket',
  tag: TAG,
  allow: can('tickets', 'create'),
  body: z
    .strictObject({ subject: z.string().trim().min(1).max(1000), ...Fields })
    .meta({ example: { subject: 'Cannot sign in', priority: 'high', channel: 'email' } }),
  responses: { 201: { description: 'Opened.', schema: TicketSchema } },
  async handler({ tx, principal, body }) {
    const row = await createTicket(tx, principal.workspaceId, body);
    return created(presentTicket(row), `/api/v1/tickets/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/tickets/{id}',
  operationId: 'getTicket',
  summary: 'Get a ticket',
  tag: TAG,
  allow: can('tickets', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The ticket.', schema: TicketSchema } },
  async handler({ tx, principal, params }) {
    const row = await findTicket(tx, principal.workspaceId, params.id);
    return ok(presentTicket(row), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/tickets/{id}',
  operationId: 'updateTicket',
  summary: 'Change a ticket’s status, priority or assignee',
  tag: TAG,
  allow: can('tickets', 'update'),
  params: IdParams,
  body: z
    .strictObject({ subject: z.string().trim().min(1).max(1000).optional(), ...Fields })
    .meta({ example: { status: 'solved' } }),
  responses: { 200: { description: 'Updated.', schema: TicketSchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const row = await updateTicket(tx, principal.workspaceId, params.id, body, ifMatch);
    return ok(presentTicket(row), row.version);
  },
});

export const ticketRoutes = [list, create, get, update];
