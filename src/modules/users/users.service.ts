import { sql } from 'kysely';
import { forgetTokenGrants } from '../../platform/auth/authenticate.ts';
import { hashPassword, passwordProblem } from '../../platform/auth/passwords.ts';
import { afterCommit, type Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor } from '../../platform/db/versioning.ts';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { escapeLike } from '../../platform/query/compile.ts';
import { addedToWorkspaceMail, invitationMail } from '../account/account.mail.ts';
import { INVITE_DAYS, issuePasswordToken } from '../account/password-tokens.ts';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  has_password: boolean;
  role: string;
  status: 'active' | 'deactivated';
  created_at: Date;
  updated_at: Date;
  version: number;
  team_ids: string[];
}

export interface MailSettings {
  publicUrl: string;
  mailDomain: string;
}

function usersQuery(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select([
      'u.id',
      'u.email',
      'u.name',
      sql<boolean>`u.password_hash IS NOT NULL`.as('has_password'),
      'm.role',
      'm.status',
      'm.created_at',
      'm.updated_at',
      'm.version',
      sql<string[]>`coalesce((SELECT array_agg(tm.team_id ORDER BY tm.team_id) FROM team_members tm
        WHERE tm.workspace_id = m.workspace_id AND tm.user_id = m.user_id), '{}')`.as('team_ids'),
    ])
    .where('m.workspace_id', '=', workspaceId);
}

export async function listUsers(
  tx: Tx,
  input: {
    workspaceId: string;
    q?: string | undefined;
    role?: string | undefined;
    status?: 'active' | 'deactivated' | undefined;
    page: { limit: number; cursor: string | undefined; sort: string };
  },
): Promise<{ rows: UserRow[]; nextCursor: string | null }> {
  let query = usersQuery(tx, input.workspaceId);
  if (input.q) {
    const like = `%${escapeLike(input.q)}%`;
    query = query.where((eb) => eb.or([eb('u.name', 'ilike', like), eb('u.email', 'ilike', like)]));
  }
  if (input.role) query = query.where('m.role', '=', input.role);
  if (input.status) query = query.where('m.status', '=', input.status);
  return fetchPage(query, {
    ...input.page,
    columns: { name: 'u.name', email: 'u.email', createdAt: 'm.created_at' },
    idColumn: 'u.id',
  });
}

export async function getUser(
  tx: Tx,
  workspaceId: string,
  id: string,
  why: ReadFor = 'read',
): Promise<UserRow> {
  const row = await usersQuery(tx, workspaceId)
    .where('u.id', '=', id)
    .$if(locks(why), (q) => q.forUpdate('m'))
    .executeTakeFirst();
  if (!row) throw notFound('user');
  return row;
}

export interface Invitation {
  workspaceId: string;
  inviterId: string;
  email: string;
  name: string;
  role: string;
  /** Set a first password now instead of e-mailing an invitation link. */
  password?: string | undefined;
}

/**
 * Adds someone to the workspace. A new account gets either the password the admin chose or an
 * invitation link by e-mail; an existing account (from another workspace) keeps its own password
 * and is told by e-mail.
 */
export async function inviteUser(tx: Tx, input: Invitation, mail: MailSettings): Promise<UserRow> {
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, input.email);
    if (problem) throw invalid('/password', problem);
  }
  const found = await sql<{ user_id: string; created: boolean }>`
    SELECT user_id, created FROM rapport_find_or_create_user(${input.email}, ${input.name})`.execute(tx);
  const account = found.rows[0];
  if (!account) throw new Error('rapport_find_or_create_user returned nothing');
  const inserted = await tx
    .insertInto('memberships')
    .values({ workspace_id: input.workspaceId, user_id: account.user_id, role: input.role })
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  if (!inserted) throw conflict('This person is already a member of the workspace.');
  if (!account.created && input.password !== undefined) {
    throw invalid(
      '/password',
      'This person already has a Rapport account and signs in with their own password.',
    );
  }
  const context = await mailContext(tx, input.workspaceId, input.inviterId);
  if (input.password !== undefined) {
    await tx
      .updateTable('users')
      .set({ password_hash: await hashPassword(input.password), password_changed_at: sql`now()` })
      .where('id', '=', account.user_id)
      .execute();
  } else if (account.created) {
    await sendInvitation(tx, { ...input, userId: account.user_id }, context, mail);
  } else {
    const message = addedToWorkspaceMail({ name: input.name, ...context, link: `${mail.publicUrl}/sign-in` });
    await queueMail(
      tx,
      { workspaceId: input.workspaceId, kind: 'workspace_added', to: input.email, ...message },
      mail.mailDomain,
    );
  }
  return getUser(tx, input.workspaceId, account.user_id);
}

/** E-mails a fresh invitation link to someone who has not chosen a password yet. */
export async function resendInvitation(
  tx: Tx,
  input: { workspaceId: string; inviterId: string; userId: string },
  mail: MailSettings,
): Promise<void> {
  const user = await getUser(tx, input.workspaceId, input.userId);
  if (user.has_password) throw conflict('This person has already chosen a password.');
  const context = await mailContext(tx, input.workspaceId, input.inviterId);
  const invitee = { workspaceId: input.workspaceId, userId: user.id, email: user.email, name: user.name };
  await sendInvitation(tx, invitee, context, mail);
}

async function sendInvitation(
  tx: Tx,
  input: { workspaceId: string; userId: string; email: string; name: string },
  context: { inviter: string; workspace: string },
  mail: MailSettings,
): Promise<void> {
  const secret = await issuePasswordToken(tx, input.userId, 'invite');
  const link = `${mail.publicUrl}/reset-password?token=${encodeURIComponent(secret)}&invited=1`;
  const message = invitationMail({ name: input.name, ...context, link, days: INVITE_DAYS });
  await queueMail(
    tx,
    { workspaceId: input.workspaceId, kind: 'invitation', to: input.email, ...message },
    mail.mailDomain,
  );
}

async function mailContext(tx: Tx, workspaceId: string, inviterId: string) {
  const row = await tx
    .selectFrom('workspaces as w')
    .innerJoin('users as u', (j) => j.on('u.id', '=', inviterId))
    .select(['w.name as workspace', 'u.name as inviter'])
    .where('w.id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return row;
}

export interface UserChange {
  role?: string | undefined;
  status?: 'active' | 'deactivated' | undefined;
  teamIds?: string[] | undefined;
}

/** Changes someone's role, status or teams. The workspace always keeps an active admin. */
export async function updateUser(
  tx: Tx,
  input: {
    workspaceId: string;
    actorId: string;
    id: string;
    change: UserChange;
    expectedVersion: number | undefined;
  },
): Promise<UserRow> {
  const current = await getUser(tx, input.workspaceId, input.id, 'update');
  assertVersion(input.expectedVersion, current.version, 'user');
  const { role, status, teamIds } = input.change;
  if (status === 'deactivated' && input.id === input.actorId) {
    throw new AppError('unprocessable', 'You cannot deactivate yourself; ask another admin.');
  }
  const losesAdmin =
    current.role === 'admin' &&
    current.status === 'active' &&
    ((role && role !== 'admin') || status === 'deactivated');
  if (losesAdmin) await assertAnotherAdmin(tx, input.workspaceId, input.id);
  if ((role && role !== current.role) || (status && status !== current.status)) {
    afterCommit(forgetTokenGrants);
    await tx
      .updateTable('memberships')
      .set({ ...(role ? { role } : {}), ...(status ? { status } : {}), ...bumped() })
      .where('workspace_id', '=', input.workspaceId)
      .where('user_id', '=', input.id)
      .execute();
  }
  if (teamIds) await setTeams(tx, input.workspaceId, input.id, teamIds, current.team_ids);
  return getUser(tx, input.workspaceId, input.id);
}

async function assertAnotherAdmin(tx: Tx, workspaceId: string, exceptUserId: string): Promise<void> {
  // Locks the admins' rows so two admins demoting each other at once cannot both succeed.
  const others = await tx
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .where('user_id', '<>', exceptUserId)
    .forUpdate()
    .execute();
  if (others.length === 0) throw conflict('The workspace needs at least one active admin.');
}

async function setTeams(tx: Tx, workspaceId: string, userId: string, wanted: string[], current: string[]) {
  const add = wanted.filter((id) => !current.includes(id));
  const remove = current.filter((id) => !wanted.includes(id));
  if (remove.length > 0) {
    await tx
      .deleteFrom('team_members')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('team_id', 'in', remove)
      .execute();
  }
  if (add.length > 0) {
    const teams = await tx
      .selectFrom('teams')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', add)
      .execute();
    if (teams.length !== new Set(add).size) throw invalid('/teamIds', 'No such team.');
    await tx
      .insertInto('team_members')
      .values(add.map((teamId) => ({ workspace_id: workspaceId, team_id: teamId, user_id: userId })))
      .execute();
  }
  if (add.length + remove.length > 0) {
    await tx
      .updateTable('memberships')
      .set(bumped())
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .execute();
  }
}
