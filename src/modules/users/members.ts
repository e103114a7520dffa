import type { Tx } from '../../platform/db/transaction.ts';

export interface Member {
  id: string;
  name: string;
  email: string;
}

/**
 * The workspace's active members (who may own records and be mentioned), in name order; only those
 * among `ids` when given. A workspace has tens of them, not thousands.
 */
export async function activeMembers(tx: Tx, workspaceId: string, ids?: string[]): Promise<Member[]> {
  let query = tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.status', '=', 'active');
  if (ids) query = query.where('u.id', 'in', ids);
  return query.orderBy('u.name').orderBy('u.email').execute();
}
