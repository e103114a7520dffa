import { auditObjectTypeValues } from '../../api/schema.gen';
import type { AuditEntry } from '../../api/types';
import { humanize } from '../../ui/format';
import type { Part } from './change-text';

/** Object types the audit trail records (src/modules/audit/audit.present.ts, held to the database). */
export const AUDITED_OBJECT_TYPES = auditObjectTypeValues;

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

/** A field's value in an entry's changes, after or else before, when it is text. */
function changed(entry: AuditEntry, field: string): string | undefined {
  const change = entry.changes[field];
  const found = change?.after ?? change?.before;
  return typeof found === 'string' && found !== '' ? found : undefined;
}

/** The name of the record a field of the entry points to, from the entry's `names`. */
function namedBy(entry: AuditEntry, field: string): string | undefined {
  const id = changed(entry, field);
  return id === undefined ? undefined : entry.names[id];
}

/**
 * The record's name: the one written with the entry (its name when changed, even if only its phone
 * changed); else, for entries older than that, a name, e-mail or description among the changes, or
 * the member it is about.
 */
export function recordLabel(entry: AuditEntry, nameOf: NameOf): string | undefined {
  if (entry.recordLabel) return entry.recordLabel;
  const named =
    changed(entry, 'name') ??
    changed(entry, 'email') ??
    changed(entry, 'subject') ??
    changed(entry, 'description');
  if (named) return named;
  const userId = changed(entry, 'userId');
  return userId ? nameOf(userId) : undefined;
}

/** What people call a record whose table says otherwise: a note or a call is a timeline entry to them. */
const OBJECT_NOUNS: Record<string, string> = {
  activity: 'timeline entry',
  activityPerson: 'person of a timeline entry',
  dealPerson: 'contact of a deal',
  consentEvent: 'consent change',
  duplicateCandidate: 'possible duplicate',
};

interface LinkEnd {
  /**
   * The field holding the end's id, named from the entry's `names`; none for an end with no name. An
   * update holds only what changed: the entry's `tie` (an employment's) says the ends then.
   */
  field?: 'personId' | 'companyId';
  /** What it is called when it has no name (or none left: a person since erased). */
  noun: string;
}

/**
 * Rows that only tie one record to another: a timeline entry to each person it concerns, a deal to
 * its contacts, a person to a company they work for. Told as the tie ("linked a timeline entry to
 * Bob Stone"), not as a record of their own ("created activity person").
 */
const LINKS: Record<string, { from: LinkEnd; to: LinkEnd }> = {
  activityPerson: { from: { noun: 'a timeline entry' }, to: { field: 'personId', noun: 'a person' } },
  dealPerson: { from: { noun: 'a deal' }, to: { field: 'personId', noun: 'a person' } },
  employment: {
    from: { field: 'personId', noun: 'a person' },
    to: { field: 'companyId', noun: 'a company' },
  },
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

/**
 * "Ada Lovelace created API token “Nightly export”"; "… linked a timeline entry to Bob Stone"; a
 * record with no name of its own says whose it is: "… created order for Bob Stone".
 */
export function describeEntry(entry: AuditEntry, nameOf: NameOf): string {
  const actor = actorName(entry);
  const link = LINKS[entry.objectType];
  if (link) return `${actor} ${describeLink(entry, link)}`;
  if (entry.pair) return `${actor} ${describePair(entry, entry.pair)}`;
  const action = shownAction(entry);
  // An import is known by its number ("import 12"), as everything it wrote says it came through.
  if (entry.objectType === 'import' && entry.import?.id === entry.recordId)
    return `${actor} ${action} import ${entry.import.number}`;
  const noun = objectLabel(entry.objectType);
  const label = recordLabel(entry, nameOf);
  if (label) return `${actor} ${action} ${noun} “${label}”`;
  const whose = namedBy(entry, 'personId') ?? namedBy(entry, 'companyId');
  return `${actor} ${action} ${noun}${whose ? ` for ${whose}` : ''}`;
}

function describeLink(entry: AuditEntry, link: { from: LinkEnd; to: LinkEnd }): string {
  const end = ({ field, noun }: LinkEnd) => {
    if (!field) return noun;
    const tied = entry.tie?.[field];
    return namedBy(entry, field) ?? (tied ? entry.names[tied] : undefined) ?? noun;
  };
  const [from, to] = [end(link.from), end(link.to)];
  // A tie soft-deleted with its record (a person's job when they are deleted) is an update that unlinks.
  const action = shownAction(entry);
  if (action === 'created') return `linked ${from} to ${to}`;
  if (action === 'deleted') return `unlinked ${from} from ${to}`;
  if (action === 'restored') return `linked ${from} to ${to} again`;
  return `updated the link of ${from} to ${to}`;
}

/**
 * A possible duplicate is told by the two records it pairs: "flagged Bob Stone and Bob Stone as
 * possible duplicates" (a scan found them), "marked … as not duplicates" (a member dismissed them).
 * On one of the two's own history, that one is "this person", named first.
 */
export function describePair(
  entry: AuditEntry,
  pair: NonNullable<AuditEntry['pair']>,
  self?: { id: string; noun: string },
): string {
  const noun = pair.objectType === 'people' ? 'a person' : 'a company';
  const ids = pair.secondId === self?.id ? [pair.secondId, pair.firstId] : [pair.firstId, pair.secondId];
  const [first, second] = ids.map((id) =>
    id === self?.id ? `this ${self.noun}` : (entry.names[id] ?? `${noun} no longer here`),
  );
  const both = `${first} and ${second}`;
  if (entry.action === 'created') return `flagged ${both} as possible duplicates`;
  const status = entry.changes.status?.after;
  if (status === 'dismissed') return `marked ${both} as not duplicates`;
  if (status === 'open') return `suggested ${both} as possible duplicates again`;
  if (status === 'merged') return `merged ${both}`;
  // A later scan found other reasons (and so another score) for the pair.
  if (entry.action === 'updated') return `updated why ${both} may be duplicates`;
  return `${shownAction(entry)} the possible duplicate of ${both}`;
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
