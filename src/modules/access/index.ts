import type { StaffPrincipal } from '../../platform/auth/principal.ts';
import { type AccessObject, type Action, mayAtAll } from './access.rules.ts';

export type { AccessObject, Action, Grant, Role, Scope } from './access.rules.ts';
export { isRole, mayOnRecord, OBJECTS, PERMISSIONS, ROLES, scopeOf } from './access.rules.ts';
export { type Actor, assertMay, systemActor, teammatesOf, visibleOwners } from './access.service.ts';
export { mayLearnChangedIds } from './change-ids.ts';

/** The route-level check: `allow: can('users', 'create')`. */
export const can =
  (object: AccessObject, action: Action) =>
  (principal: StaffPrincipal): boolean =>
    mayAtAll(principal.role, object, action);

/** The actor a staff request acts as. */
export const actorOf = (principal: StaffPrincipal) => ({
  workspaceId: principal.workspaceId,
  userId: principal.userId,
  role: principal.role,
});
