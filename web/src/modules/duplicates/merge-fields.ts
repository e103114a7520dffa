import { formatDialled, formatDomain, formatEmail, formatPhone, humanize } from '../../ui/format';
import type { CustomField } from '../custom-fields/custom-field-types';
import { addressText } from '../records/address-text';
import type { RecordObject } from '../records/record-types';
import type { Company, DuplicateObject, DuplicateRecord, Person } from './duplicate-types';

/** A single value a merge decides between (merge.service.ts SCALARS), by its key in `choices`. */
export interface MergeField {
  key: string;
  label: string;
  /** What the two records are compared by (an id, a number…). */
  valueOf: (record: DuplicateRecord) => unknown;
  /** What the reviewer reads. */
  textOf: (record: DuplicateRecord) => string | null;
}

/** Lists a merge unites rather than chooses from: both records' entries are kept. */
export interface UnitedField {
  label: string;
  textOf: (record: DuplicateRecord) => string | null;
}

interface Names {
  ownerName: (id: string) => string;
  /** The name of a person or company a relation field points at. */
  recordName: (object: RecordObject, id: string) => string;
}

const text = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(String).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString();
  return String(value);
};

function scalar<R extends DuplicateRecord>(
  key: string,
  label: string,
  get: (record: R) => unknown,
  show: (record: R) => string | null = (record) => text(get(record)),
): MergeField {
  return {
    key,
    label,
    valueOf: (record) => get(record as R),
    textOf: (record) => show(record as R),
  };
}

function peopleFields({ ownerName }: Names): MergeField[] {
  return [
    scalar<Person>('firstName', 'First name', (p) => p.firstName),
    scalar<Person>('lastName', 'Last name', (p) => p.lastName),
    scalar<Person>('jobTitle', 'Job title', (p) => p.jobTitle),
    scalar<Person>(
      'companyId',
      'Company',
      (p) => p.companyId,
      (p) => p.company?.name ?? null,
    ),
    scalar<Person>(
      'lifecycleStage',
      'Lifecycle stage',
      (p) => p.lifecycleStage,
      (p) => humanize(p.lifecycleStage),
    ),
    scalar<Person>(
      'ownerId',
      'Owner',
      (p) => p.ownerId,
      (p) => (p.ownerId ? ownerName(p.ownerId) : null),
    ),
    scalar<Person>(
      'source',
      'Source',
      (p) => p.source,
      (p) => humanize(p.source),
    ),
  ];
}

function companyFields({ ownerName }: Names): MergeField[] {
  return [
    scalar<Company>('name', 'Name', (c) => c.name),
    scalar<Company>('industry', 'Industry', (c) => c.industry),
    scalar<Company>('employees', 'Employees', (c) => c.employees),
    scalar<Company>('annualRevenue', 'Annual revenue', (c) => c.annualRevenue),
    scalar<Company>(
      'phone',
      'Phone',
      (c) => c.phone,
      (c) => c.phone && formatPhone(c.phone),
    ),
    scalar<Company>('website', 'Website', (c) => c.website),
    scalar<Company>(
      'parentId',
      'Parent company',
      (c) => c.parentId,
      (c) => c.parent?.name ?? (c.parentId ? 'Set' : null),
    ),
    scalar<Company>(
      'ownerId',
      'Owner',
      (c) => c.ownerId,
      (c) => (c.ownerId ? ownerName(c.ownerId) : null),
    ),
    scalar<Company>(
      'source',
      'Source',
      (c) => c.source,
      (c) => humanize(c.source),
    ),
  ];
}

function customValueText(definition: CustomField | undefined, value: unknown, names: Names): string | null {
  if (definition?.type === 'relation' && typeof value === 'string')
    return names.recordName(definition.target ?? 'people', value);
  if (definition?.choices) {
    const labelOf = (v: unknown) => definition.choices?.find((c) => c.value === v)?.label ?? String(v);
    return text(Array.isArray(value) ? value.map(labelOf) : value === undefined ? null : labelOf(value));
  }
  return text(value);
}

/** The people and companies the records' relation fields point at: the names the review shows. */
export function relationIds(
  records: readonly DuplicateRecord[],
  definitions: readonly CustomField[],
): Record<'user' | RecordObject, string[]> {
  const ids: Record<'user' | RecordObject, string[]> = { user: [], people: [], companies: [] };
  for (const definition of definitions) {
    if (definition.type !== 'relation') continue;
    for (const record of records) {
      const value = record.customFields[definition.key];
      if (typeof value === 'string') ids[definition.target ?? 'people'].push(value);
    }
  }
  return ids;
}

/** The fields to choose between: built-in ones, then every custom field either record has. */
export function mergeFields(
  object: DuplicateObject,
  records: readonly DuplicateRecord[],
  definitions: readonly CustomField[],
  names: Names,
): MergeField[] {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record.customFields)))];
  const custom = keys.map((key) => {
    const definition = definitions.find((d) => d.key === key);
    return scalar(
      `customFields.${key}`,
      definition?.label ?? key,
      (record) => record.customFields[key],
      (record) => customValueText(definition, record.customFields[key], names),
    );
  });
  return [...(object === 'people' ? peopleFields(names) : companyFields(names)), ...custom];
}

export function unitedFields(object: DuplicateObject): UnitedField[] {
  // Written as the record's page writes them: addresses with their country by name, e-mails and
  // domains as people type them rather than their stored A-labels.
  const addresses = (record: DuplicateRecord) => text(record.addresses.map(addressText));
  if (object === 'people')
    return [
      { label: 'E-mails', textOf: (r) => text((r as Person).emails.map((e) => formatEmail(e.address))) },
      { label: 'Phones', textOf: (r) => text((r as Person).phones.map(formatDialled)) },
      { label: 'Addresses', textOf: addresses },
      { label: 'Tags', textOf: (r) => text(r.tags) },
    ];
  return [
    { label: 'Domains', textOf: (r) => text((r as Company).domains.map(formatDomain)) },
    { label: 'Addresses', textOf: addresses },
    { label: 'Tags', textOf: (r) => text(r.tags) },
  ];
}

/** Two values a reviewer must choose between: both set, and not the same. */
export function isConflict(field: MergeField, first: DuplicateRecord, second: DuplicateRecord): boolean {
  const a = field.textOf(first);
  const b = field.textOf(second);
  return (
    a !== null && b !== null && JSON.stringify(field.valueOf(first)) !== JSON.stringify(field.valueOf(second))
  );
}
