import { describe, expect, it } from 'vitest';
import { mayAtAll, mayOnRecord, OBJECTS, PERMISSIONS, ROLES, scopeOf } from './access.rules.ts';

describe('role permissions', () => {
  it('gives every role a grant for every object', () => {
    for (const role of ROLES) for (const object of OBJECTS) expect(PERMISSIONS[role][object]).toBeDefined();
  });

  it('lets only admins manage users, teams, settings and read the audit log', () => {
    for (const role of ROLES) {
      const admin = role === 'admin';
      expect(mayAtAll(role, 'users', 'create')).toBe(admin);
      expect(mayAtAll(role, 'teams', 'update')).toBe(admin);
      expect(mayAtAll(role, 'settings', 'update')).toBe(admin);
      expect(mayAtAll(role, 'auditLog', 'read')).toBe(admin);
      expect(mayAtAll(role, 'users', 'read')).toBe(true);
    }
  });

  it('never lets a viewer change anything', () => {
    for (const object of OBJECTS) {
      for (const action of ['create', 'update', 'delete'] as const) {
        expect(scopeOf('viewer', object, action)).toBe('none');
      }
    }
  });

  it('treats an unknown role as having no rights', () => {
    expect(scopeOf('superuser', 'people', 'read')).toBe('none');
  });

  const me = 'u-me';
  const mate = 'u-mate';
  const stranger = 'u-stranger';
  const team = new Set([me, mate]);
  it.each([
    // role, action, owner, allowed
    ['sales', 'update', me, true],
    ['sales', 'update', mate, false],
    ['sales', 'update', null, false],
    ['sales', 'read', stranger, true],
    ['manager', 'delete', mate, true],
    ['manager', 'delete', stranger, false],
    ['manager', 'delete', null, false],
    ['admin', 'delete', stranger, true],
    ['viewer', 'update', me, false],
  ] as const)('%s may %s a person owned by %s: %s', (role, action, owner, allowed) => {
    expect(mayOnRecord({ userId: me, role }, 'people', action, { ownerId: owner }, team)).toBe(allowed);
  });

  it('scopes a sales rep’s deal reading to their teams', () => {
    const actor = { userId: me, role: 'sales' };
    expect(mayOnRecord(actor, 'deals', 'read', { ownerId: mate }, team)).toBe(true);
    expect(mayOnRecord(actor, 'deals', 'read', { ownerId: stranger }, team)).toBe(false);
  });
});
