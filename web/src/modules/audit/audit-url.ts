import { auditEntryActionValues } from '../../api/schema.gen';
import type { AuditEntry } from '../../api/types';
import { AUDITED_OBJECT_TYPES } from './audit-text';

/**
 * The audit log's filters in its address, so a reload, Back and Forward, and a link ("See its
 * changes" on an API token) show the same entries: `objectType`, `action`, `actorId`, `apiTokenId`
 * as the API names them, `from` and `to` as local days (`YYYY-MM-DD`). A parameter that cannot be
 * read is ignored, as the API would refuse it; parameters that are not the log's are kept.
 */
const OWN = ['objectType', 'action', 'actorId', 'apiTokenId', 'from', 'to'] as const;
const ACTIONS: readonly string[] = auditEntryActionValues;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface AuditFilterValues {
  objectType: AuditEntry['objectType'] | null;
  action: AuditEntry['action'] | null;
  actorId: string | null;
  apiTokenId: string | null;
  /** `YYYY-MM-DD`, or '' for no bound. */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilterValues = {
  objectType: null,
  action: null,
  actorId: null,
  apiTokenId: null,
  from: '',
  to: '',
};

function isDay(value: string): boolean {
  const parts = DAY.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The filters an address asks for; what is missing or unreadable is no filter. */
export function readAuditSearch(search: string): AuditFilterValues {
  const query = new URLSearchParams(search);
  const pick = (name: string, valid: (value: string) => boolean) => {
    const value = query.get(name);
    return value !== null && valid(value) ? value : null;
  };
  const objectType = pick('objectType', (value) =>
    (AUDITED_OBJECT_TYPES as readonly string[]).includes(value),
  ) as AuditFilterValues['objectType'];
  const action = pick('action', (value) => ACTIONS.includes(value)) as AuditFilterValues['action'];
  let from = pick('from', isDay) ?? '';
  const to = pick('to', isDay) ?? '';
  // A range that ends before it starts finds nothing: the later bound is the one kept.
  if (from && to && from > to) from = '';
  return {
    objectType,
    action,
    actorId: pick('actorId', (value) => UUID.test(value)),
    apiTokenId: pick('apiTokenId', (value) => UUID.test(value)),
    from,
    to,
  };
}

/** The address's query (`?…`, or '' for none) for the filters, keeping parameters that are not the log's. */
export function writeAuditSearch(filters: AuditFilterValues, others = new URLSearchParams()): string {
  const query = new URLSearchParams();
  for (const name of OWN) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  for (const [name, value] of others)
    if (!(OWN as readonly string[]).includes(name)) query.append(name, value);
  const search = query.toString();
  return search ? `?${search}` : '';
}

/** A link to the audit log showing only what matches. */
export function auditLogHref(filters: Partial<AuditFilterValues>): string {
  return `/settings/audit-log${writeAuditSearch({ ...NO_AUDIT_FILTERS, ...filters })}`;
}

/**
 * Whether going from one set of filters to the next is a step of its own in the history (Back
 * undoes it): a picked or cleared filter is; moving a date already set, as its field is typed in or
 * stepped through, replaces the entry rather than leaving one per keystroke.
 */
export function isHistoryStep(previous: AuditFilterValues, next: AuditFilterValues): boolean {
  return OWN.some((name) => {
    if (previous[name] === next[name]) return false;
    const movedDay = (name === 'from' || name === 'to') && previous[name] !== '' && next[name] !== '';
    return !movedDay;
  });
}
