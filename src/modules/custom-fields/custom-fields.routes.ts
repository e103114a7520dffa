import { z } from 'zod';
import { apiTokenOf } from '../../platform/auth/principal.ts';
import { accepted, created, defineRoute, everyone, ok } from '../../platform/http/route.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { can } from '../access/index.ts';
import {
  CreateCustomFieldBody,
  CustomFieldSchema,
  presentCustomField,
  UpdateCustomFieldBody,
} from './custom-fields.present.ts';
import { CUSTOM_FIELD_OBJECTS } from './custom-fields.rules.ts';
import {
  createCustomField,
  getCustomField,
  listCustomFields,
  purgeCustomField,
  setArchived,
  updateCustomField,
} from './custom-fields.service.ts';

const TAG = 'Custom fields';

const list = defineRoute({
  method: 'get',
  path: '/custom-fields',
  operationId: 'listCustomFields',
  summary: 'List custom fields',
  tag: TAG,
  allow: everyone,
  query: z.object({
    objectType: z.enum(CUSTOM_FIELD_OBJECTS).optional(),
    includeArchived: z.enum(['true', 'false']).optional(),
  }),
  responses: {
    200: { description: 'By object and position.', schema: z.object({ data: z.array(CustomFieldSchema) }) },
  },
  async handler({ tx, principal, query }) {
    const rows = await listCustomFields(
      tx,
      principal.workspaceId,
      query.objectType,
      query.includeArchived === 'true',
    );
    return ok({ data: rows.map(presentCustomField) });
  },
});

const create = defineRoute({
  method: 'post',
  path: '/custom-fields',
  operationId: 'createCustomField',
  summary: 'Add a custom field to people or companies',
  description:
    'It is validated by the API and appears in forms, list views, filters, sort, import, export and search.',
  tag: TAG,
  allow: can('settings', 'update'),
  body: CreateCustomFieldBody,
  responses: { 201: { description: 'Created.', schema: CustomFieldSchema } },
  async handler({ tx, principal, body }) {
    const row = await createCustomField(tx, principal.workspaceId, body);
    return created(presentCustomField(row), `/api/v1/custom-fields/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/custom-fields/{id}',
  operationId: 'getCustomField',
  summary: 'Get a custom field',
  tag: TAG,
  allow: everyone,
  params: IdParams,
  responses: { 200: { description: 'The field.', schema: CustomFieldSchema } },
  async handler({ tx, principal, params }) {
    const row = await getCustomField(tx, principal.workspaceId, params.id);
    return ok(presentCustomField(row), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/custom-fields/{id}',
  operationId: 'updateCustomField',
  summary: 'Relabel a custom field, make it required or unique, change its choices or position',
  description:
    'Key and type never change. A choice still used by records cannot be removed. A field is made unique only when no two live records share a value (409 names some that do).',
  tag: TAG,
  allow: can('settings', 'update'),
  params: IdParams,
  body: UpdateCustomFieldBody,
  responses: { 200: { description: 'Updated.', schema: CustomFieldSchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const row = await updateCustomField(tx, {
      workspaceId: principal.workspaceId,
      id: params.id,
      change: body,
      expectedVersion: ifMatch,
    });
    return ok(presentCustomField(row), row.version);
  },
});

const archive = defineRoute({
  method: 'post',
  path: '/custom-fields/{id}/archive',
  operationId: 'archiveCustomField',
  summary: 'Archive a custom field',
  description: 'Hidden from forms and the API; the values stay and come back with restore.',
  tag: TAG,
  allow: can('settings', 'update'),
  params: IdParams,
  responses: { 200: { description: 'Archived.', schema: CustomFieldSchema } },
  async handler({ tx, principal, params }) {
    const row = await setArchived(tx, principal.workspaceId, params.id, true);
    return ok(presentCustomField(row), row.version);
  },
});

const restore = defineRoute({
  method: 'post',
  path: '/custom-fields/{id}/restore',
  operationId: 'restoreCustomField',
  summary: 'Restore an archived custom field, with its values',
  tag: TAG,
  allow: can('settings', 'update'),
  params: IdParams,
  responses: { 200: { description: 'Restored.', schema: CustomFieldSchema } },
  async handler({ tx, principal, params }) {
    const row = await setArchived(tx, principal.workspaceId, params.id, false);
    return ok(presentCustomField(row), row.version);
  },
});

const purge = defineRoute({
  method: 'delete',
  path: '/custom-fields/{id}',
  operationId: 'purgeCustomField',
  summary: 'Delete an archived custom field and its values',
  description:
    'Only archived fields. The values are removed from every record in the background (see /jobs); the audit trail keeps what they were.',
  tag: TAG,
  allow: can('settings', 'delete'),
  params: IdParams,
  responses: { 202: { description: 'Deletion started.' } },
  async handler({ tx, principal, params }) {
    await purgeCustomField(tx, principal.workspaceId, params.id, apiTokenOf(principal));
    return accepted();
  },
});

export const customFieldRoutes = [list, create, get, update, archive, restore, purge];
