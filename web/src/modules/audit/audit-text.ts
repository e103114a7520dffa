import type { AuditEntry } from '../../api/types';
import { humanize } from '../../ui/format';

/** Object types the audit trail records (src/platform/db/migrations: rapport_audit_table). */
export const AUDITED_OBJECT_TYPES = [
  'user',
  'membership',
  'team',
  'teamMember',
  'apiToken',
  'workspace',
  'person',
  'company',
  'employment',
  'customField',
  'savedView',
  'deal',
  'pipeline',
  'product',
  'order',
  'ticket',
  'task',
  'activity',
  'attachment',
  'import',
  'merge',
] as const;

const VIA_LABELS: Record<AuditEntry['via'], string> = {
  ui: 'web app',
  api: 'API',
  cli: 'command line',
  import: 'import',
  automation: 'automation',
  job: 'background job',
  system: 'system',
};

export function viaLabel(via: AuditEntry['via']): string {
  return VIA_LABELS[via];
}

export function actorName(entry: AuditEntry): string {
  if (entry.actor.name) return entry.actor.name;
  return entry.actor.type === 'user' ? 'A former member' : humanize(entry.actor.type);
}

type NameOf = (userId: string) => string | undefined;

/**
 * The record's name: the one written with the entry (its name when changed, even if only its phone
 * changed); else, for entries older than that, a name or e-mail among the changes, or the member it is about.
 */
export function recordLabel(entry: AuditEntry, nameOf: NameOf): string | undefined {
  if (entry.recordLabel) return entry.recordLabel;
  const value = (field: string) => {
    const change = entry.changes[field];
    const found = change?.after ?? change?.before;
    return typeof found === 'string' && found !== '' ? found : undefined;
  };
  const named = value('name') ?? value('email') ?? value('subject');
  if (named) return named;
  const userId = value('userId');
  return userId ? nameOf(userId) : undefined;
}

/** `apiToken` → `API token`, `teamMember` → `team member` (mid-sentence). */
export function objectLabel(objectType: string): string {
  const words = humanize(objectType);
  return words.startsWith('API') ? words : words.charAt(0).toLowerCase() + words.slice(1);
}

/** "Ada Lovelace created API token “Nightly export”". */
export function describeEntry(entry: AuditEntry, nameOf: NameOf): string {
  const label = recordLabel(entry, nameOf);
  return `${actorName(entry)} ${entry.action} ${objectLabel(entry.objectType)}${label ? ` “${label}”` : ''}`;
}

/** A field's value as text: secrets stay hidden, empty values read as "empty". */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (value === '[redacted]') return 'hidden';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(formatValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Changes worth showing: the record id repeats the entry's own, and unchanged values say nothing. */
export function visibleChanges(entry: AuditEntry): [string, { before?: unknown; after?: unknown }][] {
  return Object.entries(entry.changes).filter(
    ([field, change]) => field !== 'id' && JSON.stringify(change.before) !== JSON.stringify(change.after),
  );
}
