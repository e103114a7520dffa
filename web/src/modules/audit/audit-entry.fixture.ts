import type { AuditEntry } from '../../api/types';

/** An audit entry as the API sends it, for the tests of how entries read: Ada's update of a person. */
export function auditEntry(over: Partial<AuditEntry>): AuditEntry {
  return {
    id: '1',
    occurredAt: '2026-12-01T10:00:00Z',
    objectType: 'person',
    recordId: 'p1',
    recordLabel: null,
    action: 'updated',
    changes: {},
    actor: { type: 'user', id: 'u1', name: 'Ada Admin' },
    via: 'ui',
    requestId: null,
    apiToken: null,
    import: null,
    merge: null,
    tie: null,
    pair: null,
    names: {},
    ...over,
  };
}
