import type { AuditEntry } from '../../api/types';
import { humanize } from '../../ui/format';
import type { Part } from './change-text';

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

/**
 * What an entry did, as people say it: a record deleted or restored is an update of its deletion
 * mark (deletes keep the row), which reads "deleted" and "restored" rather than "updated".
 */
export type ShownAction = AuditEntry['action'] | 'restored';

export function shownAction(entry: Pick<AuditEntry, 'action' | 'changes'>): ShownAction {
  const mark = entry.action === 'updated' ? entry.changes.deletedAt : undefined;
  if (!mark) return entry.action;
  return mark.after === null || mark.after === undefined ? 'restored' : 'deleted';
}

export function actorName(entry: Pick<AuditEntry, 'actor'>): string {
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

/** What people call a record whose table says otherwise: a note or a call is a timeline entry to them. */
const OBJECT_NOUNS: Record<string, string> = {
  activity: 'timeline entry',
  consentEvent: 'consent change',
  duplicateCandidate: 'possible duplicate',
};

/**
 * Rows that only tie one record to another: a timeline entry to each person it concerns, a deal to
 * its contacts. Told as the tie ("linked a timeline entry to Ada"), not as a record of their own
 * ("created activity person"), with the record they tie to named from the entry's `names`.
 */
const LINKS: Record<string, { what: string; to: string; toNoun: string }> = {
  activityPerson: { what: 'a timeline entry', to: 'personId', toNoun: 'a person' },
  dealPerson: { what: 'a deal', to: 'personId', toNoun: 'a person' },
};

/** `apiToken` → `API token`, `teamMember` → `team member`, `activity` → `timeline entry` (mid-sentence). */
export function objectLabel(objectType: string): string {
  const noun = OBJECT_NOUNS[objectType];
  if (noun) return noun;
  const words = humanize(objectType);
  return words.startsWith('API') ? words : words.charAt(0).toLowerCase() + words.slice(1);
}

/** The same, to begin a line or an option: `Timeline entry`, `API token`. */
export function objectTitle(objectType: string): string {
  const label = objectLabel(objectType);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "Ada Lovelace created API token “Nightly export”"; "Ada Lovelace linked a timeline entry to Bob Stone". */
export function describeEntry(entry: AuditEntry, nameOf: NameOf): string {
  const link = LINKS[entry.objectType];
  if (link) return describeLink(entry, link);
  // An import is known by its number ("import 12"), as everything it wrote says it came through.
  if (entry.objectType === 'import' && entry.import?.id === entry.recordId)
    return `${actorName(entry)} ${shownAction(entry)} import ${entry.import.number}`;
  const label = recordLabel(entry, nameOf);
  return `${actorName(entry)} ${shownAction(entry)} ${objectLabel(entry.objectType)}${label ? ` “${label}”` : ''}`;
}

function describeLink(entry: AuditEntry, link: (typeof LINKS)[string]): string {
  const change = entry.changes[link.to];
  const id = change?.after ?? change?.before;
  const other = (typeof id === 'string' ? entry.names[id] : undefined) ?? link.toNoun;
  const actor = actorName(entry);
  if (entry.action === 'created') return `${actor} linked ${link.what} to ${other}`;
  if (entry.action === 'deleted') return `${actor} unlinked ${link.what} from ${other}`;
  return `${actor} updated the link of ${link.what} to ${other}`;
}

/** "API token “Zapier sync”", "… (revoked)"; a token gone with its member has no name left. */
export function apiTokenLabel(token: NonNullable<AuditEntry['apiToken']>): string {
  if (token.name === null) return 'a removed API token';
  return `API token “${token.name}”${token.revoked ? ' (revoked)' : ''}`;
}

/** A token as the audit log's filter offers it: named, told apart by its last four, revoked said. */
export function apiTokenOption(token: { name: string; lastFour: string; status: string }): string {
  return `${token.name} (…${token.lastFour}${token.status === 'active' ? '' : `, ${token.status}`})`;
}

/**
 * What the change came through: "via web app"; "via API token “Zapier sync”"; "via import 12", linked
 * to the import; "via API, in a merge" or "…, undoing a merge", linked to what the merge did (imports
 * and duplicates modules). What a token started, to run later, says both: "via import 12, with API
 * token “Zapier sync”", "via background job, with API token “Zapier sync”" (a bulk action or a custom
 * field's deletion: the entry does not tell which).
 */
export function sourceParts(entry: AuditEntry): Part[] {
  const { apiToken } = entry;
  const started = apiToken && entry.via !== 'api' ? [`, with ${apiTokenLabel(apiToken)}`] : [];
  if (entry.import)
    return [
      'via ',
      { text: `import ${entry.import.number}`, href: `/imports/${entry.import.id}` },
      ...started,
    ];
  const via = `via ${apiToken && entry.via === 'api' ? apiTokenLabel(apiToken) : viaLabel(entry.via)}`;
  if (!entry.merge) return [via, ...started];
  const merge = { text: 'a merge', href: `/duplicates/merges/${entry.merge.id}` };
  return [via, ...started, entry.merge.undo ? ', undoing ' : ', in ', merge];
}
