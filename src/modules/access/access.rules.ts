/**
 * Roles and what each may do, per kind of record. Pure data and predicates: no I/O.
 *
 * Scopes say which records an action reaches: `all` of the workspace's, those owned by someone in
 * one of the actor's `team`s (their own included), only their `own`, or `none`. Records without an
 * owner (users, teams, settings) use `all` or `none`.
 */
export const ROLES = ['admin', 'manager', 'sales', 'support', 'marketing', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const OBJECTS = [
  'people',
  'companies',
  'deals',
  'products',
  'orders',
  'activities',
  'tasks',
  'tickets',
  'campaigns',
  'consents',
  'reports',
  'users',
  'teams',
  'auditLog',
  'settings',
] as const;
export type AccessObject = (typeof OBJECTS)[number];

export type Scope = 'all' | 'team' | 'own' | 'none';
export type Action = 'read' | 'create' | 'update' | 'delete';
export type Grant = Record<Action, Scope>;

const FULL: Grant = { read: 'all', create: 'all', update: 'all', delete: 'all' };
const READ: Grant = { read: 'all', create: 'none', update: 'none', delete: 'none' };
const NONE: Grant = { read: 'none', create: 'none', update: 'none', delete: 'none' };
const OWN_WORK: Grant = { read: 'all', create: 'all', update: 'own', delete: 'own' };
const TEAM_WORK: Grant = { read: 'all', create: 'all', update: 'all', delete: 'team' };
const EDIT: Grant = { read: 'all', create: 'all', update: 'all', delete: 'none' };
/**
 * An append-only ledger (consents): events are recorded, never changed or removed. Recording also
 * needs the right to update the person it concerns, checked per record.
 */
const APPEND: Grant = { read: 'all', create: 'all', update: 'none', delete: 'none' };

const ADMIN_ONLY = { users: READ, teams: READ, auditLog: NONE, settings: NONE };

export const PERMISSIONS: Record<Role, Record<AccessObject, Grant>> = {
  admin: {
    ...(Object.fromEntries(OBJECTS.map((o) => [o, FULL])) as Record<AccessObject, Grant>),
    consents: APPEND,
  },
  manager: {
    people: TEAM_WORK,
    companies: TEAM_WORK,
    deals: TEAM_WORK,
    products: READ,
    orders: EDIT,
    activities: TEAM_WORK,
    tasks: TEAM_WORK,
    tickets: READ,
    campaigns: READ,
    consents: APPEND,
    reports: FULL,
    ...ADMIN_ONLY,
  },
  sales: {
    people: OWN_WORK,
    companies: OWN_WORK,
    deals: { read: 'team', create: 'all', update: 'own', delete: 'own' },
    products: READ,
    orders: { read: 'all', create: 'all', update: 'none', delete: 'none' },
    activities: OWN_WORK,
    tasks: OWN_WORK,
    tickets: READ,
    campaigns: READ,
    consents: APPEND,
    reports: { read: 'all', create: 'all', update: 'own', delete: 'own' },
    ...ADMIN_ONLY,
  },
  support: {
    people: EDIT,
    companies: EDIT,
    deals: READ,
    products: READ,
    orders: READ,
    activities: OWN_WORK,
    tasks: OWN_WORK,
    tickets: { read: 'all', create: 'all', update: 'all', delete: 'none' },
    campaigns: NONE,
    consents: APPEND,
    reports: { read: 'all', create: 'all', update: 'own', delete: 'own' },
    ...ADMIN_ONLY,
  },
  marketing: {
    people: EDIT,
    companies: EDIT,
    deals: READ,
    products: READ,
    orders: READ,
    activities: OWN_WORK,
    tasks: OWN_WORK,
    tickets: NONE,
    campaigns: FULL,
    consents: APPEND,
    reports: { read: 'all', create: 'all', update: 'own', delete: 'own' },
    ...ADMIN_ONLY,
  },
  viewer: {
    people: READ,
    companies: READ,
    deals: READ,
    products: READ,
    orders: READ,
    activities: READ,
    tasks: READ,
    tickets: READ,
    campaigns: READ,
    consents: READ,
    reports: READ,
    ...ADMIN_ONLY,
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The scope a role has for an action; an unknown role has none. */
export function scopeOf(role: string, object: AccessObject, action: Action): Scope {
  return isRole(role) ? PERMISSIONS[role][object][action] : 'none';
}

/** May the role do this to at least some records? (The route-level check.) */
export function mayAtAll(role: string, object: AccessObject, action: Action): boolean {
  return scopeOf(role, object, action) !== 'none';
}

export interface OwnedRecord {
  ownerId: string | null;
}

/**
 * May the actor do this to this record? `teammates` are the ids of users who share a team with the
 * actor (the actor included).
 */
export function mayOnRecord(
  actor: { userId: string | null; role: string },
  object: AccessObject,
  action: Action,
  record: OwnedRecord,
  teammates: ReadonlySet<string>,
): boolean {
  switch (scopeOf(actor.role, object, action)) {
    case 'all':
      return true;
    case 'team':
      return record.ownerId !== null && (record.ownerId === actor.userId || teammates.has(record.ownerId));
    case 'own':
      return record.ownerId !== null && record.ownerId === actor.userId;
    case 'none':
      return false;
  }
}
