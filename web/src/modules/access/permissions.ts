import type { Me } from '../../api/types';

export type Action = 'read' | 'create' | 'update' | 'delete';

/** May the signed-in role do this to at least some records of the kind (`users`, `auditLog`…)? */
export function can(me: Me, object: string, action: Action = 'read'): boolean {
  const scope = me.permissions[object]?.[action];
  return scope !== undefined && scope !== 'none';
}

/**
 * May the signed-in role do this to a record owned by `ownerId`? Mirrors the server's scopes for
 * `all`, `own` and `none`; `team` needs the owner's teams, which the server checks (it answers 403),
 * so the action is offered.
 */
export function canOnRecord(me: Me, object: string, action: Action, ownerId: string | null): boolean {
  const scope = me.permissions[object]?.[action] ?? 'none';
  if (scope === 'own') return ownerId !== null && ownerId === me.user.id;
  return scope !== 'none';
}
