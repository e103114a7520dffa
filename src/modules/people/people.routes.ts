import { z } from 'zod';
import { FilterParam, IdsParam, SortParam } from '../../platform/http/list-query.ts';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { created, defineRoute, noContent, ok } from '../../platform/http/route.ts';
import { Id, IdParams } from '../../platform/http/schemas.ts';
import { CountSchema, countMatching } from '../../platform/query/count.ts';
import { actorOf, can } from '../access/index.ts';
import { mergedNotFound } from './merged-away.ts';
import { listPeople, matchingPeople } from './people.list.ts';
import { presentPerson } from './people.present.ts';
import { LIFECYCLE_STAGES } from './people.rules.ts';
import { CreatePersonBody, PersonSchema, UpdatePersonBody } from './people.schemas.ts';
import { searchPeople } from './people.search.ts';
import { createPerson, deletePerson, findPerson, updatePerson, writeContext } from './people.service.ts';

const TAG = 'People';

/** What narrows a list of people: the same for its pages and its count. */
const PeopleFilters = {
  filter: FilterParam.optional(),
  email: z.string().max(254).optional(),
  phone: z.string().max(40).optional(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  ownerId: Id.optional(),
  companyId: Id.optional(),
  tag: z.string().max(100).optional(),
  ids: IdsParam.optional(),
};

const list = defineRoute({
  method: 'get',
  path: '/people',
  operationId: 'listPeople',
  summary: 'List, filter and search people',
  description:
    '`q` is the typo-tolerant search (names, e-mails, phones), ranked by relevance; `email` and `phone` are exact look-ups on every address and number; `filter` is the filter language of list views; `ids` keeps only a selection (the names a filter shows, in one request). Only the people your role reaches.',
  tag: TAG,
  allow: can('people', 'read'),
  query: PageQuery.extend({
    sort: SortParam('-updatedAt'),
    q: z.string().trim().min(1).max(200).optional(),
    ...PeopleFilters,
  }),
  responses: { 200: { description: 'A page of people.', schema: pageOf(PersonSchema) } },
  async handler({ tx, principal, query }) {
    const actor = actorOf(principal);
    const { limit, cursor, sort, q, ...filters } = query;
    const { definitions } = await writeContext(tx, actor.workspaceId);
    const page = q
      ? await searchPeople(tx, actor, q, filters, { limit, cursor })
      : await listPeople(tx, actor, filters, { limit, cursor, sort });
    return ok({ data: page.rows.map((row) => presentPerson(row, definitions)), nextCursor: page.nextCursor });
  },
});

const count = defineRoute({
  method: 'get',
  path: '/people/count',
  operationId: 'countPeople',
  summary: 'How many people a list holds',
  description:
    'Takes the filters of `GET /people` (not `q`). Exact up to 10,000; past that, the database’s estimate, so that counting never reads a million rows.',
  tag: TAG,
  allow: can('people', 'read'),
  query: z.object(PeopleFilters),
  responses: { 200: { description: 'The count.', schema: CountSchema } },
  async handler({ tx, principal, query }) {
    const { select } = await matchingPeople(tx, actorOf(principal), query);
    return ok(await countMatching(tx, select));
  },
});

const create = defineRoute({
  method: 'post',
  path: '/people',
  operationId: 'createPerson',
  summary: 'Create a person',
  tag: TAG,
  allow: can('people', 'create'),
  body: CreatePersonBody,
  responses: { 201: { description: 'Created.', schema: PersonSchema } },
  async handler({ tx, principal, body }) {
    const actor = actorOf(principal);
    const row = await createPerson(tx, actor, body, {
      source: principal.credential.type === 'api_token' ? 'api' : 'manual',
    });
    const { definitions } = await writeContext(tx, actor.workspaceId);
    return created(presentPerson(row, definitions), `/api/v1/people/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/people/{id}',
  operationId: 'getPerson',
  summary: 'Get a person',
  tag: TAG,
  allow: can('people', 'read'),
  params: IdParams,
  responses: {
    200: { description: 'The person.', schema: PersonSchema },
    404: mergedNotFound('person'),
  },
  async handler({ tx, principal, params }) {
    const actor = actorOf(principal);
    const row = await findPerson(tx, actor, params.id);
    const { definitions } = await writeContext(tx, actor.workspaceId);
    return ok(presentPerson(row, definitions), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/people/{id}',
  operationId: 'updatePerson',
  summary: 'Update a person',
  description: 'Only the fields sent change. `customFields` merges key by key; null clears a key.',
  tag: TAG,
  allow: can('people', 'update'),
  params: IdParams,
  body: UpdatePersonBody,
  responses: { 200: { description: 'Updated.', schema: PersonSchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const actor = actorOf(principal);
    const row = await updatePerson(tx, actor, params.id, body, ifMatch);
    const { definitions } = await writeContext(tx, actor.workspaceId);
    return ok(presentPerson(row, definitions), row.version);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/people/{id}',
  operationId: 'deletePerson',
  summary: 'Delete a person',
  description: 'The person disappears from lists and look-ups; their history stays in the audit trail.',
  tag: TAG,
  allow: can('people', 'delete'),
  params: IdParams,
  responses: { 204: { description: 'Deleted.' } },
  async handler({ tx, principal, params, ifMatch }) {
    await deletePerson(tx, actorOf(principal), params.id, ifMatch);
    return noContent();
  },
});

export const peopleRoutes = [list, count, create, get, update, remove];
