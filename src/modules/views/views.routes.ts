import { z } from 'zod';
import { FilterBody } from '../../platform/http/list-query.ts';
import { created, defineRoute, everyone, noContent, ok } from '../../platform/http/route.ts';
import { Id, IdParams, iso, Name, RecordKind, Timestamp } from '../../platform/http/schemas.ts';
import { actorOf, can } from '../access/index.ts';
import {
  createView,
  deleteView,
  findView,
  listViews,
  updateView,
  viewsNamingField,
} from './views.service.ts';

const TAG = 'Saved views';

const ViewSchema = z
  .object({
    id: Id,
    objectType: RecordKind,
    name: z.string(),
    ownerId: Id,
    shared: z.boolean(),
    columns: z.array(z.string()),
    filter: z.unknown().nullable().meta({ description: 'The filter language, as in `?filter=`.' }),
    sort: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'SavedView' });

type ViewRow = Awaited<ReturnType<typeof findView>>;
const present = (v: ViewRow): z.infer<typeof ViewSchema> => ({
  id: v.id,
  objectType: v.object_type,
  name: v.name,
  ownerId: v.owner_id,
  shared: v.shared,
  columns: v.columns,
  filter: v.filter,
  sort: v.sort,
  createdAt: iso(v.created_at),
  updatedAt: iso(v.updated_at),
  version: v.version,
});

const Fields = {
  shared: z.boolean().optional().meta({ description: 'Shared views are visible to the whole workspace.' }),
  columns: z.array(z.string().max(120)).max(50).optional(),
  filter: FilterBody.nullish(),
  sort: z
    .string()
    .regex(/^-?[a-zA-Z][a-zA-Z0-9.]{0,80}$/)
    .nullish(),
};

const list = defineRoute({
  method: 'get',
  path: '/saved-views',
  operationId: 'listSavedViews',
  summary: 'Your views and the shared ones',
  tag: TAG,
  allow: everyone,
  query: z.object({ objectType: RecordKind.optional() }),
  responses: { 200: { description: 'Views by name.', schema: z.object({ data: z.array(ViewSchema) }) } },
  async handler({ tx, principal, query }) {
    return ok({ data: (await listViews(tx, actorOf(principal), query.objectType)).map(present) });
  },
});

const create = defineRoute({
  method: 'post',
  path: '/saved-views',
  operationId: 'createSavedView',
  summary: 'Save a list view: columns, filter and sort',
  tag: TAG,
  allow: everyone,
  body: z.strictObject({ objectType: RecordKind, name: Name, ...Fields }).meta({
    example: {
      objectType: 'people',
      name: 'VIP customers',
      shared: true,
      columns: ['name', 'email', 'lifecycleStage'],
      filter: {
        and: [
          { field: 'lifecycleStage', op: 'eq', value: 'customer' },
          { field: 'tags', op: 'hasAny', value: ['vip'] },
        ],
      },
      sort: '-updatedAt',
    },
  }),
  responses: { 201: { description: 'Saved.', schema: ViewSchema } },
  async handler({ tx, principal, body }) {
    const row = await createView(tx, actorOf(principal), body);
    return created(present(row), `/api/v1/saved-views/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/saved-views/{id}',
  operationId: 'getSavedView',
  summary: 'Get a view',
  tag: TAG,
  allow: everyone,
  params: IdParams,
  responses: { 200: { description: 'The view.', schema: ViewSchema } },
  async handler({ tx, principal, params }) {
    const row = await findView(tx, actorOf(principal), params.id);
    return ok(present(row), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/saved-views/{id}',
  operationId: 'updateSavedView',
  summary: 'Change a view (its owner, or an admin)',
  tag: TAG,
  allow: everyone,
  params: IdParams,
  body: z.strictObject({ name: Name.optional(), ...Fields }).meta({ example: { shared: false } }),
  responses: { 200: { description: 'Changed.', schema: ViewSchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const row = await updateView(tx, actorOf(principal), params.id, body, ifMatch);
    return ok(present(row), row.version);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/saved-views/{id}',
  operationId: 'deleteSavedView',
  summary: 'Delete a view (its owner, or an admin)',
  tag: TAG,
  allow: everyone,
  params: IdParams,
  responses: { 204: { description: 'Deleted.' } },
  async handler({ tx, principal, params }) {
    await deleteView(tx, actorOf(principal), params.id);
    return noContent();
  },
});

const namingField = defineRoute({
  method: 'get',
  path: '/custom-fields/{id}/saved-views',
  operationId: 'listSavedViewsOfCustomField',
  summary: 'The views that filter or sort by a custom field',
  description:
    'Archived or deleted, the field leaves these views saying so each time they are opened. Views other members keep private are counted, not shown.',
  tag: TAG,
  allow: can('settings', 'update'),
  params: IdParams,
  responses: {
    200: {
      description:
        'Your views and the shared ones that name it, by name; how many private ones of others do.',
      schema: z.object({ data: z.array(ViewSchema), privateOfOthers: z.number().int() }),
    },
  },
  async handler({ tx, principal, params }) {
    const { views, privateOfOthers } = await viewsNamingField(tx, actorOf(principal), params.id);
    return ok({ data: views.map(present), privateOfOthers });
  },
});

export const viewRoutes = [list, create, get, update, remove, namingField];
