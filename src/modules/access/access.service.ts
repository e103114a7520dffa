import type { Tx } from '../../platform/db/transaction.ts';
import { type AccessObject, type Action, scopeOf } from './access.rules.ts';

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
  actor: { workspaceId: string; userId: string; role: string },
  object: AccessObject,
  action: Action,
): Promise<'all' | ReadonlySet<string>> {
  switch (scopeOf(actor.role, object, action)) {
    case 'all':
      return 'all';
    case 'team':
      return teammatesOf(tx, actor.workspaceId, actor.userId);
    case 'own':
      return new Set([actor.userId]);
    case 'none':
      return new Set();
  }
}
