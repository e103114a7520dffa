import { z } from 'zod';
import { PageQuery, pageOf } from '../../platform/http/pagination.ts';
import { created, defineRoute, noContent, ok } from '../../platform/http/route.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import { companyTimeline, personTimeline } from './timeline.list.ts';
import {
  ActivitySchema,
  CreateActivityBody,
  presentActivity,
  UpdateActivityBody,
} from './timeline.present.ts';
import { ACTIVITY_TYPES } from './timeline.rules.ts';
import { createActivity, deleteActivity, findActivity, updateActivity } from './timeline.service.ts';

const TAG = 'Contact history';
const TimelineQuery = PageQuery.extend({
  type: z
    .string()
    .max(300)
    .optional()
    .transform((v) => v?.split(',').filter(Boolean))
    .pipe(z.array(z.enum(ACTIVITY_TYPES)).optional())
    .meta({ description: 'Only these types, comma-separated (e.g. "email,call").' }),
});

/** Where a mention's e-mail leads, and the domain it is sent from. */
function mailOf(services: { config: { publicUrl: string } }) {
  return { publicUrl: services.config.publicUrl, mailDomain: new URL(services.config.publicUrl).hostname };
}

const create = defineRoute({
  method: 'post',
  path: '/activities',
  operationId: 'createActivity',
  summary: 'Log an interaction: e-mail, call, meeting, note, chat, …',
  description:
    'It lands in the history of every person it names (and of their company). Notes may mention colleagues, who are notified.',
  tag: TAG,
  allow: can('activities', 'create'),
  body: CreateActivityBody,
  responses: { 201: { description: 'Logged.', schema: ActivitySchema } },
  async handler({ tx, principal, body, services }) {
    const row = await createActivity(tx, actorOf(principal), body, mailOf(services));
    return created(presentActivity(row), `/api/v1/activities/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/activities/{id}',
  operationId: 'getActivity',
  summary: 'Get an interaction',
  tag: TAG,
  allow: can('activities', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The interaction.', schema: ActivitySchema } },
  async handler({ tx, principal, params }) {
    const row = await findActivity(tx, actorOf(principal), params.id);
    return ok(presentActivity(row), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/activities/{id}',
  operationId: 'updateActivity',
  summary: 'Correct an interaction',
  tag: TAG,
  allow: can('activities', 'update'),
  params: IdParams,
  body: UpdateActivityBody,
  responses: { 200: { description: 'Updated.', schema: ActivitySchema } },
  async handler({ tx, principal, params, body, ifMatch, services }) {
    const row = await updateActivity(tx, actorOf(principal), params.id, body, ifMatch, mailOf(services));
    return ok(presentActivity(row), row.version);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/activities/{id}',
  operationId: 'deleteActivity',
  summary: 'Remove an interaction from the history',
  tag: TAG,
  allow: can('activities', 'delete'),
  params: IdParams,
  responses: { 204: { description: 'Removed.' } },
  async handler({ tx, principal, params, ifMatch }) {
    await deleteActivity(tx, actorOf(principal), params.id, ifMatch);
    return noContent();
  },
});

const ofPerson = defineRoute({
  method: 'get',
  path: '/people/{id}/timeline',
  operationId: 'getPersonTimeline',
  summary: 'A person’s contact history, newest first',
  tag: TAG,
  allow: can('people', 'read'),
  params: IdParams,
  query: TimelineQuery,
  responses: { 200: { description: 'A page of the history.', schema: pageOf(ActivitySchema) } },
  async handler({ tx, principal, params, query }) {
    const page = await personTimeline(tx, actorOf(principal), params.id, {
      limit: query.limit,
      cursor: query.cursor,
      types: query.type,
    });
    return ok({ data: page.rows.map(presentActivity), nextCursor: page.nextCursor });
  },
});

const ofCompany = defineRoute({
  method: 'get',
  path: '/companies/{id}/timeline',
  operationId: 'getCompanyTimeline',
  summary: 'A company’s contact history, newest first',
  tag: TAG,
  allow: can('companies', 'read'),
  params: IdParams,
  query: TimelineQuery,
  responses: { 200: { description: 'A page of the history.', schema: pageOf(ActivitySchema) } },
  async handler({ tx, principal, params, query }) {
    const page = await companyTimeline(tx, actorOf(principal), params.id, {
      limit: query.limit,
      cursor: query.cursor,
      types: query.type,
    });
    return ok({ data: page.rows.map(presentActivity), nextCursor: page.nextCursor });
  },
});

export const timelineRoutes = [create, get, update, remove, ofPerson, ofCompany];
