import { z } from 'zod';
import { PageQuery, pageOf, sortParam } from '../../platform/http/pagination.ts';
import { accepted, created, defineRoute, ok, type Services } from '../../platform/http/route.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { can } from '../access/index.ts';
import { RoleSchema } from '../account/account.present.ts';
import { InviteUserBody, presentUser, UpdateUserBody, UserSchema, UserStatus } from './users.present.ts';
import { getUser, inviteUser, listUsers, resendInvitation, updateUser } from './users.service.ts';

const TAG = 'Users';

const mailSettings = (services: Omit<Services, 'db'>) => ({
  publicUrl: services.config.publicUrl,
  mailDomain: new URL(services.config.publicUrl).hostname,
});

const list = defineRoute({
  method: 'get',
  path: '/users',
  operationId: 'listUsers',
  summary: 'List the members of the workspace',
  tag: TAG,
  allow: can('users', 'read'),
  query: PageQuery.extend({
    sort: sortParam(['name', 'email', 'createdAt'], 'name'),
    q: z.string().trim().max(200).optional().meta({ description: 'Part of a name or e-mail.' }),
    role: RoleSchema.optional(),
    status: UserStatus.optional(),
  }),
  responses: { 200: { description: 'A page of users.', schema: pageOf(UserSchema) } },
  async handler({ tx, principal, query }) {
    const { rows, nextCursor } = await listUsers(tx, {
      workspaceId: principal.workspaceId,
      q: query.q,
      role: query.role,
      status: query.status,
      page: { limit: query.limit, cursor: query.cursor, sort: query.sort },
    });
    return ok({ data: rows.map(presentUser), nextCursor });
  },
});

const invite = defineRoute({
  method: 'post',
  path: '/users',
  operationId: 'inviteUser',
  summary: 'Add someone to the workspace',
  description:
    'A new account gets the given password, or else an e-mailed invitation link; an existing account is added and told by e-mail.',
  tag: TAG,
  allow: can('users', 'create'),
  body: InviteUserBody,
  responses: { 201: { description: 'Added.', schema: UserSchema } },
  async handler({ tx, principal, body, services }) {
    const row = await inviteUser(
      tx,
      { workspaceId: principal.workspaceId, inviterId: principal.userId, ...body },
      mailSettings(services),
    );
    return created(presentUser(row), `/api/v1/users/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/users/{id}',
  operationId: 'getUser',
  summary: 'Get a member of the workspace',
  tag: TAG,
  allow: can('users', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The user.', schema: UserSchema } },
  async handler({ tx, principal, params }) {
    const row = await getUser(tx, principal.workspaceId, params.id);
    return ok(presentUser(row), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/users/{id}',
  operationId: 'updateUser',
  summary: 'Change a member’s role, status or teams',
  description:
    'Deactivated members cannot sign in to this workspace or use its API tokens. Members are never deleted, so their history stays attributed.',
  tag: TAG,
  allow: can('users', 'update'),
  params: IdParams,
  body: UpdateUserBody,
  responses: { 200: { description: 'Updated.', schema: UserSchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const row = await updateUser(tx, {
      workspaceId: principal.workspaceId,
      actorId: principal.userId,
      id: params.id,
      change: body,
      expectedVersion: ifMatch,
    });
    return ok(presentUser(row), row.version);
  },
});

const reinvite = defineRoute({
  method: 'post',
  path: '/users/{id}/invitation',
  operationId: 'resendInvitation',
  summary: 'E-mail a fresh invitation link',
  tag: TAG,
  allow: can('users', 'update'),
  params: IdParams,
  responses: { 202: { description: 'The invitation is in the outbox.' } },
  async handler({ tx, principal, params, services }) {
    await resendInvitation(
      tx,
      { workspaceId: principal.workspaceId, inviterId: principal.userId, userId: params.id },
      mailSettings(services),
    );
    return accepted();
  },
});

export const userRoutes = [list, invite, get, update, reinvite];
