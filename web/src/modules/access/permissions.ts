import type { Me } from '../../api/types';

export type Action = 'read' | 'create' | 'update' | 'delete';

/** May the signed-in role do this to at least some records of the kind (`users`, `auditLog`…)? */
export function can(me: Me, object: string, action: Action = 'read'): boolean {
  const scope = me.permissions[object]?.[action];
  return scope !== undefined && scope !== 'none';
}
