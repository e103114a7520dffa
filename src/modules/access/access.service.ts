import type { Tx } from '../../platform/db/transaction.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { type AccessObject, type Action, mayOnRecord, scopeOf } from './access.rules.ts';

/**
 * Who acts on records: a staff member, or the system (imports, jobs, automations) acting with an
 * admin's reach on behalf of whoever started it.
 */
export interface Actor {
  workspaceId: string;
  userId: string | null;
  role: string;
}

export const systemActor = (workspaceId: string, onBehalfOf: string | null = null): Actor => ({
  workspaceId,
  userId: onBehalfOf,
  role: 'admin',
});

/** Ids of the users who share at least one team with `userId`, the user included. */
export async function teammatesOf(tx: Tx, workspaceId: string, userId: string): Promise<Set<string>> {
  const rows = await tx
    .selectFrom('team_members as mine')
    .innerJoin('team_members as theirs', (join) =>
      join
        .onRef('theirs.workspace_id', '=', 'mine.workspace_id')
        .onRef('theirs.team_id', '=', 'mine.team_id'),
    )
    .select('theirs.user_id')
    .distinct()
    .where('mine.workspace_id', '=', workspaceId)
    .where('mine.user_id', '=', userId)
    .execute();
  return new Set([userId, ...rows.map((r) => r.user_id)]);
}

/**
 * Which owners' records an action reaches, for filtering lists in SQL: `all` (no filter), or the set
 * of owner ids (empty for none).
 */
export async function visibleOwners(
  tx: Tx,
  actor: Actor,
  object: AccessObject,
  action: Action,
): Promise<'all' | ReadonlySet<string>> {
  switch (scopeOf(actor.role, object, action)) {
    case 'all':
      return 'all';
    case 'team':
      return actor.userId ? teammatesOf(tx, actor.workspaceId, actor.userId) : new Set();
    case 'own':
      return new Set(actor.userId ? [actor.userId] : []);
    case 'none':
      return new Set();
  }
}

/**
 * May the actor do this to a record with this owner? Not visible → 404 (its existence is not told);
 * visible but not changeable → 403.
 */
export async function assertMay(
  tx: Tx,
  actor: Actor,
  object: AccessObject,
  action: Action,
  ownerId: string | null,
  what: string,
): Promise<void> {
  const mayRead = await reaches(tx, actor, object, 'read', ownerId);
  if (!mayRead) throw notFound(what);
  if (action !== 'read' && !(await reaches(tx, actor, object, action, ownerId))) {
    throw forbidden(`Your role may not ${action} this ${what}.`);
  }
}

async function reaches(tx: Tx, actor: Actor, object: AccessObject, action: Action, ownerId: string | null) {
  const scope = scopeOf(actor.role, object, action);
  if (scope === 'all') return true;
  if (scope === 'none' || ownerId === null || actor.userId === null) return false;
  const teammates =
    scope === 'team' ? await teammatesOf(tx, actor.workspaceId, actor.userId) : new Set<string>();
  return mayOnRecord(actor, object, action, { ownerId }, teammates);
}
