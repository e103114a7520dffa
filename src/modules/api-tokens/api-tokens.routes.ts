import { z } from 'zod';
import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import { created, defineRoute, everyone, noContent, ok } from '../../platform/http/route.ts';
import { Id, IdParams, Name, Timestamp } from '../../platform/http/schemas.ts';
import { mayAtAll } from '../access/access.rules.ts';
import { ApiTokenSchema, CreatedApiTokenSchema, presentApiToken } from './api-tokens.present.ts';
import { createApiToken, findApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.ts';

const TAG = 'API tokens';
/** Everyone manages their own tokens; whoever may manage users sees and revokes everyone's. */
const seesAll = (p: StaffPrincipal) => mayAtAll(p.role, 'users', 'update');

const list = defineRoute({
  method: 'get',
  path: '/api-tokens',
  operationId: 'listApiTokens',
  summary: 'List API tokens',
  description: 'Your own tokens; administrators may list everyone’s with `all=true` or `userId`.',
  tag: TAG,
  allow: everyone,
  query: z.object({
    all: z.enum(['true', 'false']).optional(),
    userId: Id.optional(),
    includeRevoked: z.enum(['true', 'false']).optional(),
  }),
  responses: {
    200: { description: 'Tokens, newest first.', schema: z.object({ data: z.array(ApiTokenSchema) }) },
  },
  async handler({ tx, principal, query }) {
    const all = seesAll(principal) && (query.all === 'true' || query.userId !== undefined);
    const rows = await listApiTokens(tx, {
      workspaceId: principal.workspaceId,
      userId: all ? query.userId : principal.userId,
      includeRevoked: query.includeRevoked === 'true',
    });
    return ok({ data: rows.map(presentApiToken) });
  },
});

const create = defineRoute({
  method: 'post',
  path: '/api-tokens',
  operationId: 'createApiToken',
  summary: 'Create an API token',
  description: 'The token acts as you, with your role. Its secret is in this response only.',
  tag: TAG,
  allow: everyone,
  body: z
    .strictObject({ name: Name, expiresAt: Timestamp.nullable().optional() })
    .meta({ example: { name: 'Nightly export', expiresAt: '2027-01-01T00:00:00Z' } }),
  responses: {
    201: { description: 'Created; the secret is shown this once.', schema: CreatedApiTokenSchema },
  },
  async handler({ tx, principal, body }) {
    const { token, row } = await createApiToken(tx, {
      workspaceId: principal.workspaceId,
      userId: principal.userId,
      name: body.name,
      expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
    });
    return created({ ...presentApiToken(row), token }, `/api/v1/api-tokens/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/api-tokens/{id}',
  operationId: 'getApiToken',
  summary: 'Get an API token',
  tag: TAG,
  allow: everyone,
  params: IdParams,
  responses: { 200: { description: 'The token (never its secret).', schema: ApiTokenSchema } },
  async handler({ tx, principal, params }) {
    const row = await findApiToken(tx, {
      workspaceId: principal.workspaceId,
      id: params.id,
      visibleTo: { userId: principal.userId, seesAll: seesAll(principal) },
    });
    return ok(presentApiToken(row), row.version);
  },
});

const revoke = defineRoute({
  method: 'delete',
  path: '/api-tokens/{id}',
  operationId: 'revokeApiToken',
  summary: 'Revoke an API token',
  description: 'Takes effect at once. The token stays listed (with `includeRevoked=true`) for the record.',
  tag: TAG,
  allow: everyone,
  params: IdParams,
  responses: { 204: { description: 'Revoked.' } },
  async handler({ tx, principal, params, ifMatch }) {
    const row = await findApiToken(tx, {
      workspaceId: principal.workspaceId,
      id: params.id,
      visibleTo: { userId: principal.userId, seesAll: seesAll(principal) },
      why: 'delete',
    });
    await revokeApiToken(tx, row, ifMatch);
    return noContent();
  },
});

export const apiTokenRoutes = [list, create, get, revoke];
