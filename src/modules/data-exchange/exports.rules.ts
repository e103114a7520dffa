import type { CompanyJson } from '../companies/index.ts';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import { displayName, type NamedPerson, type PersonJson } from '../people/index.ts';
import { csvRecords, neutraliseFormula } from './csv.rules.ts';
import { relationNameHeader } from './mapping.rules.ts';

/**
 * Pure rules for exports: which columns a CSV has (API field names, custom fields as
 * customFields.<key>, the first address flattened as the list filters name it), and how a record
 * becomes cells, a JSON item or nothing more. Lists in one cell are separated by "; ", which the
 * import splits again, so an export imports back as it was.
 */
type Cell = string | number | boolean | null | undefined;
/**
 * What a cell needs beyond its record: members' e-mails, read once per export, and the names of the
 * records a batch's relation fields point at, read with the batch.
 */
export interface ExportRefs {
  ownerEmail: (ownerId: string | null) => string | undefined;
  recordNames?: ReadonlyMap<string, string>;
}
export const NO_REFS: ExportRefs = { ownerEmail: () => undefined };
type Getter<T> = (record: T, refs: ExportRefs) => Cell | Cell[];

const address =
  <T extends { addresses: { street?: string | null }[] }>(
    key: 'street' | 'city' | 'region' | 'postalCode' | 'country',
  ): Getter<T> =>
  (record) =>
    (record.addresses[0] as Record<string, string | null> | undefined)?.[key];

const ADDRESS_COLUMNS = ['street', 'city', 'region', 'postalCode', 'country'] as const;

/** A number with its extension as people write it, which an import reads back apart. */
const dialled = (phone: { number: string; extension?: string | undefined }) =>
  phone.extension ? `${phone.number} ext. ${phone.extension}` : phone.number;

const PEOPLE_COLUMNS: Record<string, Getter<PersonJson>> = {
  id: (p) => p.id,
  firstName: (p) => p.firstName,
  lastName: (p) => p.lastName,
  email: (p) => p.email,
  emails: (p) => p.emails.map((e) => e.address),
  phone: (p) => (p.phones[0] ? dialled(p.phones[0]) : p.phone),
  phones: (p) => p.phones.map(dialled),
  jobTitle: (p) => p.jobTitle,
  companyId: (p) => p.companyId,
  'company.name': (p) => p.company?.name,
  ownerId: (p) => p.ownerId,
  // The owner as people read it and as the import takes it back.
  owner: (p, refs) => refs.ownerEmail(p.ownerId),
  lifecycleStage: (p) => p.lifecycleStage,
  source: (p) => p.source,
  tags: (p) => p.tags,
  ...Object.fromEntries(ADDRESS_COLUMNS.map((k) => [k, address<PersonJson>(k)])),
  lastContactedAt: (p) => p.lastContactedAt,
  createdAt: (p) => p.createdAt,
  updatedAt: (p) => p.updatedAt,
};

const COMPANY_COLUMNS: Record<string, Getter<CompanyJson>> = {
  id: (c) => c.id,
  name: (c) => c.name,
  domain: (c) => c.domain,
  domains: (c) => c.domains,
  industry: (c) => c.industry,
  employees: (c) => c.employees,
  annualRevenue: (c) => c.annualRevenue,
  phone: (c) => c.phone,
  website: (c) => c.website,
  parentId: (c) => c.parentId,
  // The parent's name too: imported into another workspace, the id finds nothing and the name does.
  'parent.name': (c) => c.parent?.name,
  ownerId: (c) => c.ownerId,
  owner: (c, refs) => refs.ownerEmail(c.ownerId),
  tags: (c) => c.tags,
  source: (c) => c.source,
  ...Object.fromEntries(ADDRESS_COLUMNS.map((k) => [k, address<CompanyJson>(k)])),
  lastContactedAt: (c) => c.lastContactedAt,
  createdAt: (c) => c.createdAt,
  updatedAt: (c) => c.updatedAt,
};

export type ExportObject = 'people' | 'companies';

/**
 * Headers people read, for a file opened in a spreadsheet (`labels`): each one a header the import
 * maps back to its field (exports.rules.test.ts), so a labelled file imports as it was exported too.
 */
const SHARED_LABELS: Record<string, string> = {
  id: 'Record ID',
  ownerId: 'Owner ID',
  owner: 'Owner',
  tags: 'Tags',
  source: 'Source',
  phone: 'Phone',
  street: 'Street',
  city: 'City',
  region: 'Region',
  postalCode: 'Postal code',
  country: 'Country',
  createdAt: 'Created',
  updatedAt: 'Updated',
};
const LABELS: Record<ExportObject, Record<string, string>> = {
  people: {
    ...SHARED_LABELS,
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
    emails: 'E-mails',
    phones: 'Phones',
    jobTitle: 'Job title',
    companyId: 'Company ID',
    'company.name': 'Company name',
    lifecycleStage: 'Lifecycle stage',
    lastContactedAt: 'Last contacted',
  },
  companies: {
    ...SHARED_LABELS,
    name: 'Name',
    domain: 'Domain',
    domains: 'Domains',
    industry: 'Industry',
    employees: 'Employees',
    annualRevenue: 'Annual revenue',
    website: 'Website',
    parentId: 'Parent company ID',
    'parent.name': 'Parent company name',
    lastContactedAt: 'Last contacted',
  },
};

/** A column's header: its API name, or with `labels` the name people read (a custom field's label). */
export function headerOf(
  object: ExportObject,
  definitions: CustomFieldDefinition[],
  column: string,
  labels: boolean,
): string {
  if (!labels) return column;
  if (column.startsWith('customFields.')) {
    const [key, named] = column.slice('customFields.'.length).split('.');
    const label = definitions.find((d) => d.key === key)?.label;
    if (!label) return column;
    return named ? relationNameHeader(label) : label;
  }
  return LABELS[object][column] ?? column;
}

/**
 * A related person as a relation's name column writes them: "Ada Lovelace <ada@example.com>" reads as
 * a name and is found by its e-mail when imported (relationKey); without an e-mail, just the name.
 */
export function personHandle(person: NamedPerson): string {
  const name = [person.first_name, person.last_name].filter(Boolean).join(' ').trim();
  return name && person.email ? `${name} <${person.email}>` : displayName(person);
}

type Custom = { customFields: Record<string, unknown> };

function gettersOf(object: ExportObject, definitions: CustomFieldDefinition[], labels = false) {
  const base = (object === 'people' ? PEOPLE_COLUMNS : COMPANY_COLUMNS) as Record<string, Getter<Custom>>;
  const custom = definitions
    .filter((d) => !d.archived)
    .flatMap((d): [string, Getter<Custom>][] => {
      // With labels, a choice reads as its label ("Cold call"), which the import takes back too.
      const named = new Map(d.choices.map((c) => [c.value, c.label]));
      const read = (value: unknown) =>
        labels && typeof value === 'string' ? (named.get(value) ?? value) : value;
      const column: [string, Getter<Custom>] = [
        `customFields.${d.key}`,
        (r) => {
          const value = r.customFields[d.key];
          return (Array.isArray(value) ? value.map(read) : read(value)) as Cell | Cell[];
        },
      ];
      if (d.type !== 'relation') return [column];
      // A relation's id keeps a round trip exact; its record's name beside it is what a reader
      // needs, and what finds the record when the file is imported into another workspace.
      const name: Getter<Custom> = (r, refs) => {
        const id = r.customFields[d.key];
        return typeof id === 'string' ? refs.recordNames?.get(id) : undefined;
      };
      return [column, [`customFields.${d.key}.name`, name]];
    });
  return { ...base, ...Object.fromEntries(custom) } as Record<string, Getter<PersonJson | CompanyJson>>;
}

/** The columns of an export: all by default, or those asked for, in the order asked. */
export function exportColumns(
  object: ExportObject,
  definitions: CustomFieldDefinition[],
  asked: string[] | undefined,
): { columns: string[] } | { unknown: string[] } {
  const available = Object.keys(gettersOf(object, definitions));
  if (!asked) return { columns: available };
  const unknown = asked.filter((c) => !available.includes(c));
  return unknown.length > 0 ? { unknown } : { columns: asked };
}

function cellText(value: Cell | Cell[]): string {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).join('; ');
  return value === null || value === undefined ? '' : String(value);
}

/** CSV text for a batch of records; the header line only with the first batch. */
export function csvLines(
  object: ExportObject,
  definitions: CustomFieldDefinition[],
  columns: string[],
  records: (PersonJson | CompanyJson)[],
  withHeader: boolean,
  refs: ExportRefs = NO_REFS,
  labels = false,
): string {
  const getters = gettersOf(object, definitions, labels);
  const rows = records.map((record) =>
    columns.map((c) => neutraliseFormula(cellText(getters[c]?.(record, refs)))),
  );
  const header = columns.map((c) => headerOf(object, definitions, c, labels));
  return csvRecords(withHeader ? [header, ...rows] : rows);
}

/**
 * The asked columns of a JSON item; customFields.<key> keeps just those custom fields, and a
 * relation's name column its id (a program looks the record up by it).
 */
export function pickJson(
  record: PersonJson | CompanyJson,
  columns: string[] | undefined,
  refs: ExportRefs = NO_REFS,
): Record<string, unknown> {
  if (!columns) return record;
  const out: Record<string, unknown> = {};
  for (const column of columns) {
    if (column.startsWith('customFields.')) {
      const [key = ''] = column.slice('customFields.'.length).split('.');
      out.customFields = {
        ...(out.customFields as object | undefined),
        [key]: record.customFields[key] ?? null,
      };
    } else if (column === 'company.name' && 'company' in record) out.company = record.company;
    else if (column === 'parent.name' && 'parent' in record) out.parent = record.parent;
    else if (column === 'owner') out.owner = refs.ownerEmail(record.ownerId) ?? null;
    else if (column in record) out[column] = record[column as keyof typeof record];
  }
  return out;
}
