import { z } from 'zod';
import { apiTokenOf, viaOf } from '../../platform/auth/principal.ts';
import type { Row } from '../../platform/db/schema.ts';
import { created, defineAccountRoute, defineRoute, everyone, ok } from '../../platform/http/route.ts';
import { IdParams, iso, Name, RecordMeta } from '../../platform/http/schemas.ts';
import { can } from '../access/index.ts';
import { createWorkspaceFor, getWorkspace, renameWorkspace } from './workspaces.service.ts';

const TAG = 'Workspaces';

export const WorkspaceSchema = z
  .object({
    ...RecordMeta,
    name: Name,
    defaultCountry: z.string().meta({ description: 'Reads phone numbers written without a country code.' }),
    defaultCurrency: z.string(),
  })
  .meta({ id: 'Workspace' });

function presentWorkspace(row: Row<'workspaces'>): z.infer<typeof WorkspaceSchema> {
  return {
    id: row.id,
    name: row.name,
    defaultCountry: row.default_country,
    defaultCurrency: row.default_currency,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}

const create = defineAccountRoute({
  method: 'post',
  path: '/workspaces',
  operationId: 'createWorkspace',
  summary: 'Create another workspace, with you as its admin',
  description: 'Switch to it with POST /me/switch-workspace.',
  tag: TAG,
  body: z.strictObject({ name: Name }).meta({ example: { name: 'Acme Europe' } }),
  responses: { 201: { description: 'Created.', schema: z.object({ id: z.string(), name: z.string() }) } },
  async handler({ services, principal, body }) {
    const { workspaceId } = await createWorkspaceFor(services.db, {
      name: body.name,
      userId: principal.userId,
      via: viaOf(principal),
      apiTokenId: apiTokenOf(principal),
    });
    return created({ id: workspaceId, name: body.name }, `/api/v1/workspaces/${workspaceId}`);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/workspaces/{id}',
  operationId: 'getWorkspace',
  summary: 'Get the current workspace',
  tag: TAG,
  allow: everyone,
  params: IdParams,
  responses: { 200: { description: 'The workspace.', schema: WorkspaceSchema } },
  async handler({ tx, principal, params }) {
    const row = await getWorkspace(tx, principal.workspaceId, params.id);
    return ok(presentWorkspace(row), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/workspaces/{id}',
  operationId: 'updateWorkspace',
  summary: 'Rename the current workspace or change its defaults',
  tag: TAG,
  allow: can('settings', 'update'),
  params: IdParams,
  body: z
    .strictObject({
      name: Name.optional(),
      defaultCountry: z.string().trim().length(2).optional(),
      defaultCurrency: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .optional(),
    })
    .meta({ example: { name: 'Acme Corp', defaultCountry: 'FR', defaultCurrency: 'EUR' } }),
  responses: { 200: { description: 'Updated.', schema: WorkspaceSchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const row = await renameWorkspace(tx, {
      workspaceId: principal.workspaceId,
      id: params.id,
      change: body,
      expectedVersion: ifMatch,
    });
    return ok(presentWorkspace(row), row.version);
  },
});

export const workspaceRoutes = [create, get, update];
