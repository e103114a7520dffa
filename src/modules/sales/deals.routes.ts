import { z } from 'zod';
import { SortParam } from '../../platform/http/list-query.ts';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { created, defineRoute, noContent, ok } from '../../platform/http/route.ts';
import { Id, IdParams, Name } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import { createDeal, deleteDeal, findDeal, listDeals, updateDeal } from './deals.service.ts';
import { createPipeline, listPipelines } from './pipelines.service.ts';
import { DealSchema, PipelineSchema, presentDeal } from './sales.present.ts';

const TAG = 'Deals';
const Currency = z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code such as EUR.');
const DealFields = {
  amount: z.number().min(0).max(1e15).optional(),
  currency: Currency.optional(),
  pipelineId: Id.optional(),
  stageId: Id.optional(),
  closeDate: z.iso.date().nullish(),
  companyId: Id.nullish(),
  personIds: z.array(Id).max(100).optional(),
  ownerId: Id.nullish(),
};

const pipelines = defineRoute({
  method: 'get',
  path: '/pipelines',
  operationId: 'listPipelines',
  summary: 'List pipelines with their stages',
  tag: TAG,
  allow: can('deals', 'read'),
  responses: { 200: { description: 'Pipelines.', schema: z.object({ data: z.array(PipelineSchema) }) } },
  async handler({ tx, principal }) {
    const rows = await listPipelines(tx, principal.workspaceId);
    return ok({
      data: rows.map((p) => ({
        id: p.id,
        name: p.name,
        stages: p.stages.map((s) => ({
          id: s.id,
          name: s.name,
          position: s.position,
          probability: Number(s.probability),
          outcome: s.outcome,
        })),
      })),
    });
  },
});

const newPipeline = defineRoute({
  method: 'post',
  path: '/pipelines',
  operationId: 'createPipeline',
  summary: 'Create a pipeline',
  tag: TAG,
  allow: can('settings', 'update'),
  body: z
    .strictObject({
      name: Name,
      stages: z
        .array(
          z.strictObject({
            name: Name,
            probability: z.number().min(0).max(100),
            outcome: z.enum(['open', 'won', 'lost']),
          }),
        )
        .min(1)
        .max(30),
    })
    .meta({
      example: {
        name: 'Renewals',
        stages: [
          { name: 'Due', probability: 50, outcome: 'open' },
          { name: 'Renewed', probability: 100, outcome: 'won' },
        ],
      },
    }),
  responses: { 201: { description: 'Created.', schema: PipelineSchema } },
  async handler({ tx, principal, body }) {
    const p = await createPipeline(tx, principal.workspaceId, body);
    const json = {
      id: p.id,
      name: p.name,
      stages: p.stages.map((s) => ({
        id: s.id,
        name: s.name,
        position: s.position,
        probability: Number(s.probability),
        outcome: s.outcome,
      })),
    };
    return created(json, `/api/v1/pipelines/${p.id}`);
  },
});

const list = defineRoute({
  method: 'get',
  path: '/deals',
  operationId: 'listDeals',
  summary: 'List deals',
  tag: TAG,
  allow: can('deals', 'read'),
  query: PageQuery.extend({
    sort: SortParam('-updatedAt'),
    personId: Id.optional(),
    companyId: Id.optional(),
    status: z.enum(['open', 'won', 'lost']).optional(),
    pipelineId: Id.optional(),
    ownerId: Id.optional(),
  }),
  responses: { 200: { description: 'A page of deals.', schema: pageOf(DealSchema) } },
  async handler({ tx, principal, query }) {
    const { limit, cursor, sort, ...filter } = query;
    const page = await listDeals(tx, actorOf(principal), filter, { limit, cursor, sort });
    return ok({ data: page.rows.map(presentDeal), nextCursor: page.nextCursor });
  },
});

const create = defineRoute({
  method: 'post',
  path: '/deals',
  operationId: 'createDeal',
  summary: 'Create a deal',
  description: 'Without a pipeline, the first one is used (created with usual stages if there is none).',
  tag: TAG,
  allow: can('deals', 'create'),
  body: z
    .strictObject({ name: Name, ...DealFields })
    .meta({ example: { name: 'Acme – 50 seats', amount: 25000, currency: 'EUR' } }),
  responses: { 201: { description: 'Created.', schema: DealSchema } },
  async handler({ tx, principal, body }) {
    const row = await createDeal(tx, actorOf(principal), body);
    return created(presentDeal(row), `/api/v1/deals/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/deals/{id}',
  operationId: 'getDeal',
  summary: 'Get a deal',
  tag: TAG,
  allow: can('deals', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The deal.', schema: DealSchema } },
  async handler({ tx, principal, params }) {
    const row = await findDeal(tx, actorOf(principal), params.id);
    return ok(presentDeal(row), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/deals/{id}',
  operationId: 'updateDeal',
  summary: 'Update a deal or move it to another stage',
  description: 'Its status follows the stage: won and lost stages close it.',
  tag: TAG,
  allow: can('deals', 'update'),
  params: IdParams,
  body: z
    .strictObject({ name: Name.optional(), ...DealFields })
    .meta({ example: { stageId: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f' } }),
  responses: { 200: { description: 'Updated.', schema: DealSchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const row = await updateDeal(tx, actorOf(principal), params.id, body, ifMatch);
    return ok(presentDeal(row), row.version);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/deals/{id}',
  operationId: 'deleteDeal',
  summary: 'Delete a deal',
  tag: TAG,
  allow: can('deals', 'delete'),
  params: IdParams,
  responses: { 204: { description: 'Deleted.' } },
  async handler({ tx, principal, params, ifMatch }) {
    await deleteDeal(tx, actorOf(principal), params.id, ifMatch);
    return noContent();
  },
});

export const dealRoutes = [pipelines, newPipeline, list, create, get, update, remove];
