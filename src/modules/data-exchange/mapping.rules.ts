import { COMPANY_ALIASES, normaliseHeader, PEOPLE_ALIASES } from './header-aliases.rules.ts';
import type { ImportObject } from './imports.tables.ts';
import { holdsOurIds } from './match-on.rules.ts';

/**
 * Which fields an import column can fill, and which field a header most likely means. Pure: the
 * custom fields of the workspace come in as (key, label) pairs.
 */
export interface TargetField {
  key: string;
  label: string;
  /** Several columns may fill it (their values add up); otherwise one column at most. */
  multiple: boolean;
  /** A unique custom field: an import may match records by it (match-on.rules.ts). */
  unique?: boolean;
  /**
   * How its cells are read, in custom fields' words: a custom field's type, and for a built-in field
   * the type it reads as (phone, email, dateTime, number, url, longText; select for the lifecycle
   * stage, member for the owner, country for the country; text for the rest).
   */
  type: string;
}

const field = (key: string, label: string, multiple = false, type = 'text'): TargetField => ({
  key,
  label,
  multiple,
  type,
});

const ADDRESS = [
  field('street', 'Street (first address)'),
  field('city', 'City (first address)'),
  field('region', 'State or region (first address)'),
  field('postalCode', 'Postal code (first address)'),
  field('country', 'Country (first address)', false, 'country'),
];

/** Our own id, as exports write it: a row that gives one updates that record (match-on.rules.ts). */
const RECORD_ID = field('id', 'Record id in Rapport (the record to update)');

export const PEOPLE_FIELDS: TargetField[] = [
  RECORD_ID,
  field('firstName', 'First name'),
  field('lastName', 'Last name'),
  field('name', 'Full name (split into first and last)'),
  field('email', 'E-mail (primary)', false, 'email'),
  field('emails', 'More e-mails', true, 'email'),
  field('phone', 'Phone (primary)', false, 'phone'),
  field('mobilePhone', 'Mobile phone', true, 'phone'),
  field('workPhone', 'Work phone', true, 'phone'),
  field('homePhone', 'Home phone', true, 'phone'),
  field('phones', 'More phones', true, 'phone'),
  field('jobTitle', 'Job title'),
  field('lifecycleStage', 'Lifecycle stage', false, 'select'),
  field('tags', 'Tags (separated by , ; or |)', true),
  ...ADDRESS,
  field('company', 'Company (id, domain or name)'),
  field('company.name', 'Company name'),
  field('company.domain', 'Company domain or website'),
  field('owner', 'Owner (a member’s e-mail, name or id)', false, 'member'),
  field('createdAt', 'Created date (kept from the other system)', false, 'dateTime'),
  field('note', 'Note on the timeline', true, 'longText'),
];

export const COMPANY_FIELDS: TargetField[] = [
  RECORD_ID,
  field('name', 'Name'),
  field('domain', 'Domain (primary)'),
  field('domains', 'More domains', true),
  field('website', 'Website', false, 'url'),
  field('industry', 'Industry'),
  field('employees', 'Employees', false, 'number'),
  field('annualRevenue', 'Annual revenue', false, 'number'),
  field('phone', 'Phone', false, 'phone'),
  field('tags', 'Tags (separated by , ; or |)', true),
  ...ADDRESS,
  field('parent', 'Parent company (id, domain or name)'),
  field('parent.name', 'Parent company name (when the id finds none)'),
  field('owner', 'Owner (a member’s e-mail, name or id)', false, 'member'),
  field('createdAt', 'Created date (kept from the other system)', false, 'dateTime'),
  field('note', 'Note on the timeline', true, 'longText'),
];

export interface CustomFieldRef {
  key: string;
  label: string;
  type: string;
  unique?: boolean;
  /** What a relation points at. */
  target?: string | null;
}

/** The header of a relation's name column in our exports, which maps back to it. */
export const relationNameHeader = (label: string) => `${label} (name)`;

export function targetFields(object: ImportObject, custom: CustomFieldRef[]): TargetField[] {
  const base = object === 'people' ? PEOPLE_FIELDS : COMPANY_FIELDS;
  const customs = custom.flatMap((c) => [
    {
      ...field(`customFields.${c.key}`, c.label, c.type === 'multiSelect', c.type),
      ...(c.unique ? { unique: true } : {}),
    },
    // Beside a relation's id, its record's name ("Ada <ada@example.com>", "Acme"): what finds the
    // record when the id does not, as in a file exported from another workspace (rows.rules.ts). A
    // person is found by the e-mail in it, a company by its name or domain.
    ...(c.type === 'relation'
      ? [
          field(
            `customFields.${c.key}.name`,
            `${c.label}: ${c.target === 'people' ? 'e-mail' : 'name or domain'}`,
          ),
        ]
      : []),
  ]);
  return [...base, ...customs];
}

/**
 * Headers that mean their field only when no other column means it surely: Outlook's "Title" is the
 * salutation ("Ms.") beside its "Job Title", where Salesforce's "Title" is the job title itself.
 * Our exports' "Owner ID" gives way to their "Owner" (the member's e-mail), which finds the member
 * in another workspace too.
 */
const HESITANT = new Set(['title', 'ownerId'].map(normaliseHeader));

/** A field a single-valued one overflows into when a second column claims it. */
const OVERFLOW: Record<string, string> = { email: 'emails', phone: 'phones', domain: 'domains' };

/**
 * The field each header most likely means, or null. A single-valued field is proposed once: a
 * second "Email" column becomes "more e-mails", a second "City" is left unmapped, and a hesitant
 * header gives way to a sure one wherever it stands.
 */
export function proposeMapping(
  object: ImportObject,
  header: string[],
  custom: CustomFieldRef[],
  rows: readonly (readonly string[])[] = [],
): Record<string, string | null> {
  const aliases = { ...(object === 'people' ? PEOPLE_ALIASES : COMPANY_ALIASES) };
  for (const c of custom) {
    aliases[normaliseHeader(`customFields.${c.key}`)] = `customFields.${c.key}`;
    aliases[normaliseHeader(c.key)] ??= `customFields.${c.key}`;
    aliases[normaliseHeader(c.label)] ??= `customFields.${c.key}`;
  }
  for (const c of custom.filter((c) => c.type === 'relation')) {
    aliases[normaliseHeader(`customFields.${c.key}.name`)] ??= `customFields.${c.key}.name`;
    aliases[normaliseHeader(relationNameHeader(c.label))] ??= `customFields.${c.key}.name`;
  }
  const fields = new Map(targetFields(object, custom).map((f) => [f.key, f]));
  const taken = new Set<string>();
  const proposed = new Map<string, string | null>();
  const hesitant = (column: string) => HESITANT.has(normaliseHeader(column));
  for (const column of [...header.filter((c) => !hesitant(c)), ...header.filter(hesitant)]) {
    let target: string | undefined = aliases[normaliseHeader(column)];
    if (target && taken.has(target) && !fields.get(target)?.multiple) target = OVERFLOW[target];
    if (target && taken.has(target) && !fields.get(target)?.multiple) target = undefined;
    if (target) taken.add(target);
    proposed.set(column, target ?? null);
  }
  const ids = header.findIndex(
    (column, i) => !proposed.get(column) && holdsOurIds(normaliseHeader(column), rows, i),
  );
  if (ids >= 0) proposed.set(header[ids] as string, 'id');
  return Object.fromEntries(header.map((column) => [column, proposed.get(column) ?? null]));
}

/** Problems of a mapping given by a client, as JSON pointers under /mapping. */
export function checkMapping(
  object: ImportObject,
  header: string[],
  mapping: Record<string, string | null>,
  custom: CustomFieldRef[],
): { path: string; message: string }[] {
  const fields = new Map(targetFields(object, custom).map((f) => [f.key, f]));
  const columns = new Set(header);
  const used = new Map<string, string>();
  const errors: { path: string; message: string }[] = [];
  for (const [column, target] of Object.entries(mapping)) {
    const path = `/mapping/${column.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!columns.has(column)) errors.push({ path, message: `The file has no column "${column}".` });
    if (target === null) continue;
    const spec = fields.get(target);
    if (!spec) errors.push({ path, message: `Unknown field "${target}".` });
    else if (!spec.multiple && used.has(target))
      errors.push({ path, message: `${spec.label} is already filled from "${used.get(target)}".` });
    used.set(target, column);
  }
  return errors;
}
