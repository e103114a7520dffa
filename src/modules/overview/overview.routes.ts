import { z } from 'zod';
import { pageOf } from '../../platform/http/pagination.ts';
import { defineRoute, ok } from '../../platform/http/route.ts';
import { Id, IdParams, Timestamp } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import { EmploymentSchema, PersonSchema } from '../people/index.ts';
import { DealSchema, OrderSchema } from '../sales/index.ts';
import { TicketSchema } from '../service/index.ts';
import { ActivitySchema } from '../timeline/index.ts';
import { personOverview } from './overview.service.ts';

const OverviewSchema = z
  .object({
    person: PersonSchema,
    employments: z.array(EmploymentSchema),
    openDeals: z.array(DealSchema).optional(),
    tickets: z.array(TicketSchema).optional(),
    orders: z
      .object({
        count: z.number().int(),
        lastOrderAt: Timestamp.nullable(),
        byCurrency: z.array(
          z.object({
            currency: z.string(),
            orders: z.number().int(),
            revenue: z.number(),
            margin: z.number().nullable(),
          }),
        ),
        recent: z.array(OrderSchema),
      })
      .optional(),
    lastContact: z
      .object({ at: Timestamp, by: z.object({ id: Id, name: z.string() }).nullable() })
      .nullable(),
    timeline: pageOf(ActivitySchema),
  })
  .meta({ id: 'PersonOverview' });

const overview = defineRoute({
  method: 'get',
  path: '/people/{id}/overview',
  operationId: 'getPersonOverview',
  summary: 'Customer 360: a person with their companies, deals, tickets, orders, revenue and history',
  tag: 'People',
  allow: can('people', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The overview.', schema: OverviewSchema } },
  async handler({ tx, principal, params }) {
    return ok(await personOverview(tx, actorOf(principal), params.id));
  },
});

export const overviewRoutes = [overview];
