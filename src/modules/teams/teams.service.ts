import { sql } from 'kysely';
import { presentColumns } from '../../platform/db/columns.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor } from '../../platform/db/versioning.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';

export interface TeamRow {
  id: string;
  name: string;
  description: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  member_ids: string[];
}

function teamsQuery(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('teams as t')
    .select([
      't.id',
      't.name',
      't.description',
      't.created_at',
      't.updated_at',
      't.version',
      sql<string[]>`coalesce((SELECT array_agg(tm.user_id ORDER BY tm.user_id) FROM team_members tm
        WHERE tm.workspace_id = t.workspace_id AND tm.team_id = t.id), '{}')`.as('member_ids'),
    ])
    .where('t.workspace_id', '=', workspaceId);
}

export function listTeams(tx: Tx, workspaceId: string): Promise<TeamRow[]> {
  return teamsQuery(tx, workspaceId).orderBy('t.name').orderBy('t.id').limit(1000).execute();
}

export async function getTeam(
  tx: Tx,
  workspaceId: string,
  id: string,
  why: ReadFor = 'read',
): Promise<TeamRow> {
  const row = await teamsQuery(tx, workspaceId)
    .where('t.id', '=', id)
    .$if(locks(why), (q) => q.forUpdate('t'))
    .executeTakeFirst();
  if (!row) throw notFound('team');
  return row;
}

export async function createTeam(
  tx: Tx,
  input: { workspaceId: string; name: string; description: string; memberIds: string[] },
): Promise<TeamRow> {
  await assertNameFree(tx, input.workspaceId, input.name);
  const row = await tx
    .insertInto('teams')
    .values({ workspace_id: input.workspaceId, name: input.name, description: input.description })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addMembers(tx, input.workspaceId, row.id, input.memberIds);
  return getTeam(tx, input.workspaceId, row.id);
}

export async function updateTeam(
  tx: Tx,
  input: {
    workspaceId: string;
    id: string;
    change: { name?: string | undefined; description?: string | undefined; memberIds?: string[] | undefined };
    expectedVersion: number | undefined;
  },
): Promise<TeamRow> {
  const current = await getTeam(tx, input.workspaceId, input.id, 'update');
  assertVersion(input.expectedVersion, current.version, 'team');
  const { name, memberIds } = input.change;
  if (name !== undefined && name !== current.name) await assertNameFree(tx, input.workspaceId, name);
  const add = memberIds?.filter((id) => !current.member_ids.includes(id)) ?? [];
  const remove = memberIds ? current.member_ids.filter((id) => !memberIds.includes(id)) : [];
  if (remove.length > 0) {
    await tx
      .deleteFrom('team_members')
      .where('workspace_id', '=', input.workspaceId)
      .where('team_id', '=', input.id)
      .where('user_id', 'in', remove)
      .execute();
  }
  await addMembers(tx, input.workspaceId, input.id, add);
  await tx
    .updateTable('teams')
    .set({
      ...presentColumns('teams', input.change, { name: 'name', description: 'description' }),
      ...bumped(),
    })
    .where('workspace_id', '=', input.workspaceId)
    .where('id', '=', input.id)
    .execute();
  return getTeam(tx, input.workspaceId, input.id);
}

export async function deleteTeam(
  tx: Tx,
  workspaceId: string,
  id: string,
  expectedVersion: number | undefined,
) {
  const current = await getTeam(tx, workspaceId, id, 'delete');
  assertVersion(expectedVersion, current.version, 'team');
  await tx.deleteFrom('teams').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

async function assertNameFree(tx: Tx, workspaceId: string, name: string): Promise<void> {
  const taken = await tx
    .selectFrom('teams')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', name)
    .executeTakeFirst();
  if (taken) throw conflict(`A team named “${name}” already exists.`);
}

async function addMembers(tx: Tx, workspaceId: string, teamId: string, userIds: string[]): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const members = await tx
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', 'in', unique)
    .execute();
  if (members.length !== unique.length)
    throw invalid('/memberIds', 'Everyone in a team must be a member of the workspace.');
  await tx
    .insertInto('team_members')
    .values(unique.map((userId) => ({ workspace_id: workspaceId, team_id: teamId, user_id: userId })))
    .execute();
}
