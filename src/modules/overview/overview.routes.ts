import { z } from 'zod';
import { pageOf } from '../../platform/http/pagination.ts';
import { defineRoute, ok } from '../../platform/http/route.ts';
import { IdParams, Named, Timestamp } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import { CompanySchema } from '../companies/index.ts';
import { EmploymentSchema, mergedNotFound, PersonSchema } from '../people/index.ts';
import { DealSchema, OrderSchema } from '../sales/index.ts';
import { TicketSchema } from '../service/index.ts';
import { ActivitySchema } from '../timeline/index.ts';
import { companyOverview, personOverview } from './overview.service.ts';

const OrdersSummarySchema = z
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
  .meta({
    id: 'OrdersSummary',
    description: 'Orders not cancelled or refunded: revenue and margin per currency, and the latest five.',
  });

const ContactedBy = Named.nullable().meta({
  description: 'The member who acted in the latest contact; null when the customer reached out.',
});

const TEAM_CONTACT =
  'The latest contact in which a member of the team acted: the last contact itself unless the customer reached out last; null when nobody on the team has been in touch.';

const OverviewSchema = z
  .object({
    person: PersonSchema,
    employments: z.array(EmploymentSchema),
    openDeals: z.array(DealSchema).optional(),
    tickets: z.array(TicketSchema).optional(),
    orders: OrdersSummarySchema.optional(),
    lastContact: z.object({ at: Timestamp, by: ContactedBy }).nullable(),
    lastTeamContact: z.object({ at: Timestamp, by: Named }).nullable().meta({ description: TEAM_CONTACT }),
    timeline: pageOf(ActivitySchema),
  })
  .meta({ id: 'PersonOverview' });

const ContactedPerson = Named.optional().meta({
  description: 'Absent when the contact was logged on the company, naming nobody.',
});

const CompanyOverviewSchema = z
  .object({
    company: CompanySchema,
    openDeals: z.array(DealSchema).optional(),
    tickets: z
      .array(TicketSchema)
      .optional()
      .meta({ description: 'The latest tickets asked by people who work or worked there.' }),
    orders: OrdersSummarySchema.optional(),
    lastContact: z
      .object({
        at: Timestamp,
        by: ContactedBy,
        person: ContactedPerson,
      })
      .nullable()
      .meta({
        description:
          'The latest contact with any of its people (and with whom), or logged on the company naming nobody.',
      }),
    lastTeamContact: z
      .object({ at: Timestamp, by: Named, person: ContactedPerson })
      .nullable()
      .meta({ description: TEAM_CONTACT }),
  })
  .meta({ id: 'CompanyOverview' });

const overview = defineRoute({
  method: 'get',
  path: '/people/{id}/overview',
  operationId: 'getPersonOverview',
  summary: 'Customer 360: a person with their companies, deals, tickets, orders, revenue and history',
  tag: 'People',
  allow: can('people', 'read'),
  params: IdParams,
  responses: {
    200: { description: 'The overview.', schema: OverviewSchema },
    404: mergedNotFound('person'),
  },
  async handler({ tx, principal, params }) {
    return ok(await personOverview(tx, actorOf(principal), params.id));
  },
});

const companyView = defineRoute({
  method: 'get',
  path: '/companies/{id}/overview',
  operationId: 'getCompanyOverview',
  summary:
    'Account 360: a company with its open deals, its people’s tickets, orders, revenue and last contact',
  tag: 'Companies',
  allow: can('companies', 'read'),
  params: IdParams,
  responses: {
    200: { description: 'The overview.', schema: CompanyOverviewSchema },
    404: mergedNotFound('company'),
  },
  async handler({ tx, principal, params }) {
    return ok(await companyOverview(tx, actorOf(principal), params.id));
  },
});

export const overviewRoutes = [overview, companyView];
