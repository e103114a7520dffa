import type { AuditEntry } from '../../api/types';
import {
  formatDate,
  formatDateTime,
  formatDomain,
  formatEmail,
  formatMoney,
  formatPhone,
  humanize,
} from '../../ui/format';
import type { CustomField } from '../custom-fields/custom-field-types';
import { addressText } from '../records/address-text';

/** A value as a reader sees it, and the page it leads to, if any. */
export interface Shown {
  text: string;
  href?: string;
}

/** One changed field: a single value replaced, or entries of a list added and removed. */
export type ChangeLine =
  | { field: string; label: string; kind: 'value'; before: Shown | null; after: Shown | null }
  | { field: string; label: string; kind: 'items'; added: Shown[]; removed: Shown[] };

/** What turns ids and codes into words: the entry's own names, the members, custom field definitions. */
export interface ChangeContext {
  memberName: (userId: string) => string | undefined;
  /** The custom fields of the entry's kind of record (archived ones too: old entries use them). */
  customFields: readonly CustomField[];
  /** The workspace's currency, which a company's annual revenue is kept in. */
  currency: string;
}

const LABELS: Record<string, string> = {
  ownerId: 'Owner',
  assigneeId: 'Assignee',
  companyId: 'Company',
  parentId: 'Parent company',
  personId: 'Person',
  requesterId: 'Requester',
  mergedIntoId: 'Merged into',
  emails: 'E-mails',
  phones: 'Phones',
  userId: 'Member',
};

/** Fields holding a member's id. */
const MEMBER_FIELDS = new Set(['ownerId', 'assigneeId', 'userId', 'createdBy', 'recordedBy', 'mergedBy']);
/** Fields holding another record's id, by where that record's page is. */
const RECORD_FIELDS: Record<string, (objectType: string) => 'companies' | 'people' | undefined> = {
  companyId: () => 'companies',
  parentId: (objectType) => (objectType === 'company' ? 'companies' : undefined),
  personId: () => 'people',
  requesterId: () => 'people',
  mergedIntoId: (objectType) =>
    objectType === 'person' ? 'people' : objectType === 'company' ? 'companies' : undefined,
};
const ONE_OF: Record<string, string> = { companies: 'a company', people: 'a person' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A plain value in words: dates and timestamps formatted, yes or no, numbers grouped, codes humanised. */
export function plainText(value: unknown): string {
  if (isEmpty(value)) return 'empty';
  if (value === '[redacted]') return 'hidden';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value === 'string') {
    if (DATE.test(value)) return formatDate(`${value}T00:00:00`);
    if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value)) return value.map(plainText).join(', ');
  if (typeof value === 'object')
    return oneLineAddress(value as Record<string, unknown>) || JSON.stringify(value);
  return String(value);
}

/** An address entry of the API on one line (records/address-text.ts), whatever its JSON held. */
function oneLineAddress(address: Record<string, unknown>): string {
  const part = (key: string) => (typeof address[key] === 'string' ? (address[key] as string) : null);
  return addressText({
    street: part('street'),
    postalCode: part('postalCode'),
    city: part('city'),
    region: part('region'),
    country: part('country'),
  });
}

/** Entries of a list, each as shown and by what it is the same entry. */
function itemsOf(field: string, value: unknown): { key: string; shown: Shown }[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (field === 'emails' && typeof entry.address === 'string')
      return { key: entry.address.toLowerCase(), shown: { text: formatEmail(entry.address) } };
    if (field === 'phones' && typeof entry.number === 'string')
      return { key: entry.number, shown: { text: formatPhone(entry.number) } };
    if (field === 'addresses') {
      const text = oneLineAddress(entry);
      return { key: text, shown: { text: text || 'an empty address' } };
    }
    if (field === 'domains' && typeof item === 'string')
      return { key: item, shown: { text: formatDomain(item) } };
    return { key: JSON.stringify(item), shown: { text: plainText(item) } };
  });
}

/** What a list gained and lost, in the order of each side. */
export function listDifference(field: string, before: unknown, after: unknown) {
  const old = itemsOf(field, before);
  const now = itemsOf(field, after);
  const had = new Set(old.map((item) => item.key));
  const has = new Set(now.map((item) => item.key));
  return {
    added: now.filter((item) => !had.has(item.key)).map((item) => item.shown),
    removed: old.filter((item) => !has.has(item.key)).map((item) => item.shown),
  };
}

function customValue(definition: CustomField | undefined, value: unknown, names: AuditEntry['names']): Shown {
  if (isEmpty(value)) return { text: 'empty' };
  const label = (v: unknown) => definition?.choices?.find((c) => c.value === v)?.label ?? plainText(v);
  switch (definition?.type) {
    case 'select':
      return { text: label(value) };
    case 'multiSelect':
      return { text: (Array.isArray(value) ? value : [value]).map(label).join(', ') };
    case 'currency': {
      const amount = Number(value);
      const currency = definition.currency ?? 'USD';
      try {
        return { text: new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount) };
      } catch {
        return { text: `${amount} ${currency}` };
      }
    }
    case 'number':
      return { text: Number(value).toLocaleString() };
    case 'phone':
      return { text: formatPhone(String(value)) };
    case 'relation': {
      const target = definition.target ?? 'people';
      const name = names[String(value)];
      return name
        ? { text: name, href: `/${target}/${String(value)}` }
        : { text: `${ONE_OF[target]} no longer here` };
    }
    default:
      return { text: plainText(value) };
  }
}

function customLines(
  entry: AuditEntry,
  before: unknown,
  after: unknown,
  context: ChangeContext,
): ChangeLine[] {
  const old = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>;
  const now = (typeof after === 'object' && after !== null ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return keys
    .filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]))
    .map((key) => {
      const definition = context.customFields.find((d) => d.key === key);
      const shown = (value: unknown) => (isEmpty(value) ? null : customValue(definition, value, entry.names));
      return {
        field: `customFields.${key}`,
        label: definition?.label ?? humanize(key),
        kind: 'value',
        before: shown(old[key]),
        after: shown(now[key]),
      };
    });
}

function shownValue(entry: AuditEntry, field: string, value: unknown, context: ChangeContext): Shown | null {
  if (isEmpty(value)) return null;
  if (MEMBER_FIELDS.has(field) && typeof value === 'string')
    return { text: context.memberName(value) ?? 'a former member' };
  const target = RECORD_FIELDS[field]?.(entry.objectType);
  if (target && typeof value === 'string') {
    const name = entry.names[value];
    return name ? { text: name, href: `/${target}/${value}` } : { text: `${ONE_OF[target]} no longer here` };
  }
  if (field === 'lifecycleStage' || field === 'source' || field === 'status' || field === 'priority')
    return typeof value === 'string' ? { text: humanize(value) } : { text: plainText(value) };
  if (field === 'annualRevenue' && typeof value === 'number')
    return { text: formatMoney(value, context.currency, { whole: true }) };
  if (field === 'phone' && typeof value === 'string') return { text: formatPhone(value) };
  if (field === 'email' && typeof value === 'string') return { text: formatEmail(value) };
  if (field === 'domain' && typeof value === 'string') return { text: formatDomain(value) };
  return { text: plainText(value) };
}

const LIST_FIELDS = new Set(['emails', 'phones', 'addresses', 'tags', 'domains']);

/** The order a record's page reads in (the database's JSON sorts keys by length); the rest follow. */
const FIELD_ORDER = [
  'name',
  'firstName',
  'lastName',
  'jobTitle',
  'emails',
  'phones',
  'addresses',
  'domains',
  'companyId',
  'parentId',
  'ownerId',
  'lifecycleStage',
  'tags',
];
const rank = (field: string) => {
  const at = FIELD_ORDER.indexOf(field);
  return at === -1 ? (field === 'customFields' ? FIELD_ORDER.length + 1 : FIELD_ORDER.length) : at;
};

/**
 * An entry's changes as a reader takes them in: names for ids, lists as what was added and removed,
 * each custom field by its label, values formatted by their kind. The record's own id, and values that
 * did not change, say nothing and are left out.
 */
export function describeChanges(entry: AuditEntry, context: ChangeContext): ChangeLine[] {
  const fields = Object.entries(entry.changes).sort(([a], [b]) => rank(a) - rank(b));
  return fields.flatMap(([field, change]): ChangeLine[] => {
    if (field === 'id' || JSON.stringify(change.before) === JSON.stringify(change.after)) return [];
    if (field === 'customFields') return customLines(entry, change.before, change.after, context);
    const label = LABELS[field] ?? humanize(field);
    if (LIST_FIELDS.has(field) && (Array.isArray(change.before) || Array.isArray(change.after))) {
      const { added, removed } = listDifference(field, change.before, change.after);
      return added.length + removed.length === 0 ? [] : [{ field, label, kind: 'items', added, removed }];
    }
    return [
      {
        field,
        label,
        kind: 'value',
        before: shownValue(entry, field, change.before, context),
        after: shownValue(entry, field, change.after, context),
      },
    ];
  });
}

/** A piece of a sentence; a shown value keeps its link. */
export type Part = string | Shown;

const joined = (items: Shown[]): Part[] => items.flatMap((item, i) => (i === 0 ? [item] : [', ', item]));

/**
 * A change in words after its label: "added ada@x.com, removed old@x.com"; "Acme → Globex"; on a
 * creation or deletion, the value alone.
 */
export function changeParts(line: ChangeLine, action: AuditEntry['action']): Part[] {
  if (line.kind === 'items') {
    if (action !== 'updated') return joined(action === 'created' ? line.added : line.removed);
    const added: Part[] = line.added.length > 0 ? ['added ', ...joined(line.added)] : [];
    const removed: Part[] = line.removed.length > 0 ? ['removed ', ...joined(line.removed)] : [];
    return added.length > 0 && removed.length > 0 ? [...added, ', ', ...removed] : [...added, ...removed];
  }
  const shown = (value: Shown | null): Shown => value ?? { text: 'empty' };
  if (action === 'created') return [shown(line.after)];
  if (action === 'deleted') return [shown(line.before)];
  return [shown(line.before), ' → ', shown(line.after)];
}

/** The parts as plain text (tests, titles). */
export const partsText = (parts: readonly Part[]) =>
  parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');
