import { z } from 'zod';
import { created, defineRoute, noContent, ok } from '../../platform/http/route.ts';
import { Id, IdParams, iso, Name, RecordMeta } from '../../platform/http/schemas.ts';
import { can } from '../access/index.ts';
import { createTeam, deleteTeam, getTeam, listTeams, type TeamRow, updateTeam } from './teams.service.ts';

const TAG = 'Teams';

export const TeamSchema = z
  .object({ ...RecordMeta, name: Name, description: z.string(), memberIds: z.array(Id) })
  .meta({ id: 'Team' });

const Description = z.string().trim().max(2000);
const MemberIds = z.array(Id).max(1000);

function presentTeam(row: TeamRow): z.infer<typeof TeamSchema> {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    memberIds: row.member_ids,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}

const list = defineRoute({
  method: 'get',
  path: '/teams',
  operationId: 'listTeams',
  summary: 'List teams',
  tag: TAG,
  allow: can('teams', 'read'),
  responses: {
    200: { description: 'Every team, by name.', schema: z.object({ data: z.array(TeamSchema) }) },
  },
  async handler({ tx, principal }) {
    return ok({ data: (await listTeams(tx, principal.workspaceId)).map(presentTeam) });
  },
});

const create = defineRoute({
  method: 'post',
  path: '/teams',
  operationId: 'createTeam',
  summary: 'Create a team',
  description:
    'Teams decide what "team" visibility reaches: records owned by anyone sharing a team with you.',
  tag: TAG,
  allow: can('teams', 'create'),
  body: z
    .strictObject({ name: Name, description: Description.default(''), memberIds: MemberIds.default([]) })
    .meta({ example: { name: 'Inside sales', description: 'EMEA inbound', memberIds: [] } }),
  responses: { 201: { description: 'Created.', schema: TeamSchema } },
  async handler({ tx, principal, body }) {
    const row = await createTeam(tx, { workspaceId: principal.workspaceId, ...body });
    return created(presentTeam(row), `/api/v1/teams/${row.id}`, row.version);
  },
});

const get = defineRoute({
  method: 'get',
  path: '/teams/{id}',
  operationId: 'getTeam',
  summary: 'Get a team',
  tag: TAG,
  allow: can('teams', 'read'),
  params: IdParams,
  responses: { 200: { description: 'The team.', schema: TeamSchema } },
  async handler({ tx, principal, params }) {
    const row = await getTeam(tx, principal.workspaceId, params.id);
    return ok(presentTeam(row), row.version);
  },
});

const update = defineRoute({
  method: 'patch',
  path: '/teams/{id}',
  operationId: 'updateTeam',
  summary: 'Rename a team or change its members',
  tag: TAG,
  allow: can('teams', 'update'),
  params: IdParams,
  body: z
    .strictObject({
      name: Name.optional(),
      description: Description.optional(),
      memberIds: MemberIds.optional(),
    })
    .meta({ example: { description: 'EMEA and APAC inbound' } }),
  responses: { 200: { description: 'Updated.', schema: TeamSchema } },
  async handler({ tx, principal, params, body, ifMatch }) {
    const row = await updateTeam(tx, {
      workspaceId: principal.workspaceId,
      id: params.id,
      change: body,
      expectedVersion: ifMatch,
    });
    return ok(presentTeam(row), row.version);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/teams/{id}',
  operationId: 'deleteTeam',
  summary: 'Delete a team',
  description: 'Its members stay in the workspace; only the grouping goes.',
  tag: TAG,
  allow: can('teams', 'delete'),
  params: IdParams,
  responses: { 204: { description: 'Deleted.' } },
  async handler({ tx, principal, params, ifMatch }) {
    await deleteTeam(tx, principal.workspaceId, params.id, ifMatch);
    return noContent();
  },
});

export const teamRoutes = [list, create, get, update, remove];
