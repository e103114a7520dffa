import { z } from 'zod';
import { FilterParam, IdsParam, SortParam } from '../../platform/http/list-query.ts';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { created, defineRoute, noContent, ok } from '../../platform/http/route.ts';
import { Id, IdParams } from '../../platform/http/schemas.ts';
import { CountSchema, countMatching } from '../../platform/query/count.ts';
import { actorOf, can } from '../access/index.ts';
import { mergedNotFound } from '../people/index.ts';
import { listCompanies, matchingCompanies, searchCompanies } from './companies.list.ts';
import { presentCompany } from './companies.present.ts';
import {
  CompanySchema,
  CreateCompanyBody,
  HierarchyNodeSchema,
  UpdateCompanyBody,
} from './companies.schemas.ts';
import {
  companyContext,
  companyHierarchy,
  createCompany,
  deleteCompany,
  findCompany,
  updateCompany,
} from './companies.service.ts';

const TAG = 'Companies';

/** What narrows a list of companies: the same for its pages and its count. */
const CompanyFilters = {
  filter: FilterParam.optional(),
  domain: z.string().max(253).optional(),
  ownerId: Id.optional(),
  parentId: Id.optional(),
  tag: z.string().max(100).optional(),
  ids: IdsParam.optional(),
};

const list = defineRoute({
  method: 'get',
  path: '/companies',
  operationId: 'listCompanies',
  summary: 'List, filter and search companies',
  description:
    '`q` searches names typo-tolerantly, a domain exactly, or a phone number exactly (as written, in the workspace’s country or in its own country’s national format); `domain` is an exact look-up on every domain; `ids` keeps only a selection (the names a filter shows, in one request).',
  tag: TAG,
  allow: can('companies', 'read'),
  query: PageQuery.extend({
    sort: SortParam('name'),
    q: z.string().trim().min(1).max(200).optional(),
    ...CompanyFilters,
  }),
  responses: { 200: { description: 'A page of companies.', schema: pageOf(CompanySchema) } },
  async handler({ tx, principal, query }) {
    const actor = actorOf(principal);
    const { limit, cursor, sort, q, ...filters } = query;
    const { definitions } = await companyContext(tx, actor.workspaceId);
    if (q) {
      const rows = await searchCompanies(tx, actor, q, filters, limit);
      return ok({ data: rows.map((r) => presentCompany(r, definitions)), nextCursor: null });
    }
    const page = await listCompanies(tx, actor, filters, { limit, cursor, sort });
    return ok({ data: page.rows.map((r) => presentCompany(r, definitions)), nextCursor: page.nextCursor });
  },
});

const count = defineRoute({
  method: 'get',
  path: '/companies/count',
  operationId: 'countCompanies',
  summary: 'How many companies a list holds',
  description:
    'Takes the filters of `GET /companies` (not `q`). Exact up to 10,000; past that, the database’s estimate.',
  tag: TAG,
  allow: can('companies', 'read'),
  query: z.object(CompanyFilters),
  responses: { 200: { description: 'The count.', schema: CountSchema } },
  async handler({ tx, principal, query }) {
    const { select } = await matchingCompanies(tx, actorOf(principal), query);
    return ok(await countMatching(tx, select));
  },
});

const create = defineRoute({
  method: 'post',
  path: '/companies',
  operationId: 'createCompany',
  summary: 'Create a company',
  tag: TAG,
  allow: can('companies', 'create'),
  body: CreateCompanyBody,
  responses: { 201: { description: 'Created.', schema: CompanySchema } },
  async handler({ tx, principal, body }) {
    const actor = actorOf(principal);
    const row = await createCompany(tx, actor, body, {
      source: principal.credential.type === 'api_token' ? 'api' : 'manual',
    });
    const { definitions } = await companyContext(tx, actor.workspaceId);
    return created(presentCompany(row, definitions), `/api/v1/companies/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/companies/{id}',
  operationId: 'getCompany',
  summary: 'Get a company',
  tag: TAG,
  allow: can('companies', 'read'),
  params: IdParams,
  responses: {
    200: { description: 'The company.', schema: CompanySchema },
    404: mergedNotFound('company'),
  },
  async handler({ tx, principal, params }) {
    const actor = actorOf(principal);
    const row = await findCompany(tx, actor, params.id);
    const { definitions } = await companyContext(tx, actor.workspaceId);
    return ok(presentCompany(row, definitions), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/companies/{id}',
  operationId: 'updateCompany',
  summary: 'Update a company',
  description: 'A company cannot be placed under itself or one of its subsidiaries.',
  tag: TAG,
  allow: can('companies', 'update'),
  params: IdParams,
  body: UpdateCompanyBody,
  responses: { 200: { description: 'Updated.', schema: CompanySchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const actor = actorOf(principal);
    const row = await updateCompany(tx, actor, params.id, body, ifMatch);
    const { definitions } = await companyContext(tx, actor.workspaceId);
    return ok(presentCompany(row, definitions), row.version);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/companies/{id}',
  operationId: 'deleteCompany',
  summary: 'Delete a company',
  tag: TAG,
  allow: can('companies', 'delete'),
  params: IdParams,
  responses: { 204: { description: 'Deleted.' } },
  async handler({ tx, principal, params, ifMatch }) {
    await deleteCompany(tx, actorOf(principal), params.id, ifMatch);
    return noContent();
  },
});

const hierarchy = defineRoute({
  method: 'get',
  path: '/companies/{id}/hierarchy',
  operationId: 'getCompanyHierarchy',
  summary: 'The company tree, with revenue and open deals rolled up',
  description:
    'Every company of the tree this one belongs to, from the top-most parent, depth first in no guaranteed order; each with the totals of itself and everything below it.',
  tag: TAG,
  allow: can('companies', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The tree.', schema: z.object({ data: z.array(HierarchyNodeSchema) }) } },
  async handler({ tx, principal, params }) {
    return ok({ data: await companyHierarchy(tx, actorOf(principal), params.id) });
  },
});

export const companyRoutes = [list, count, create, get, update, remove, hierarchy];
