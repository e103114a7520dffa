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
    // record when the id does not, as in a file exported from another workspace (rows.rules.ts).
    ...(c.type === 'relation'
      ? [field(`customFields.${c.key}.name`, `${c.label}: name or e-mail (when the id finds none)`)]
      : []),
  ]);
  return [...base, ...customs];
}

/** "E-Mail Address" → "emailaddress": case, accents, spaces and punctuation never matter. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

// Headers of HubSpot, Salesforce and Pipedrive exports, Outlook and Google contacts, and common
// spreadsheets, normalised. The API's own field names (and so our exports' headers) match by themselves.
// A created date keeps the other system's ("Create Date"): a customer since 2019 stays one since 2019.
// Left out, for want of a field that means what they mean: "Record ID" and "Contact ID" (another
// system's ids), "Lead Status" (HubSpot's "New", "In Progress" are no lifecycle stage),
// "Lead Source" and "Original Source" ("Organic Search" is not one of our sources, which say how a
// record came in: this import), "Email Domain" (gmail.com is no one's company) and "Street Address 2"
// (an address has one street).
// When a record was created, as HubSpot, Salesforce, spreadsheets and our own exports name it.
const CREATED = [
  'created',
  'create date',
  'created date',
  'date created',
  'creation date',
  'created on',
  'CreatedDate',
  'Created Time',
];

// Free text about the record, as Outlook, Google, Salesforce ("Description") and spreadsheets name it:
// it becomes a note on the record's timeline.
const NOTES = ['notes', 'note', 'description', 'comments', 'comment', 'remarks'];

const PEOPLE_ALIASES: Record<string, string> = alias({
  firstName: [
    'first name',
    'given name',
    'forename',
    'prénom',
    'vorname',
    'FirstName',
    'Person - First name',
  ],
  lastName: ['last name', 'surname', 'family name', 'nom', 'nachname', 'LastName', 'Person - Last name'],
  name: ['name', 'full name', 'contact name', 'contact', 'display name', 'Person - Name', 'person name'],
  email: [
    'email',
    'e-mail',
    'email address',
    'e-mail address',
    'primary email',
    'work email',
    'Email 1',
    'E-mail 1 - Value',
    'Person - Email',
    'Person - Email - Work',
  ],
  emails: [
    'additional email addresses',
    'other email',
    'secondary email',
    'email 2',
    'email 3',
    'personal email',
    'E-mail 2 Address',
    'E-mail 3 Address',
    'E-mail 2 - Value',
    'E-mail 3 - Value',
    'Person - Email - Home',
    'Person - Email - Other',
  ],
  phone: [
    'phone',
    'phone number',
    'telephone',
    'tel',
    'primary phone',
    'Phone 1',
    'téléphone',
    'telefon',
    'Phone 1 - Value',
    'Person - Phone',
  ],
  mobilePhone: [
    'mobile',
    'mobile phone',
    'mobile phone number',
    'mobile number',
    'cell',
    'cell phone',
    'MobilePhone',
    'Person - Phone - Mobile',
  ],
  workPhone: ['work phone', 'business phone', 'office phone', 'Person - Phone - Work'],
  homePhone: ['home phone', 'HomePhone', 'home phone number', 'Person - Phone - Home'],
  phones: [
    'other phone',
    'OtherPhone',
    'Phone 2',
    'Phone 2 - Value',
    'Phone 3 - Value',
    'Person - Phone - Other',
  ],
  jobTitle: [
    'job title',
    'title',
    'position',
    'role',
    'job',
    'fonction',
    'poste',
    'funktion',
    'Organization Title',
    'Organization 1 - Title',
    'Person - Job title',
  ],
  lifecycleStage: ['lifecycle stage', 'stage', 'lifecycle'],
  tags: ['tags', 'labels', 'categories', 'tag', 'label', 'Person - Labels', 'Person - Label'],
  street: [
    'street address',
    'street',
    'address',
    'address line 1',
    'MailingStreet',
    'adresse',
    'straße',
    'Business Street',
    'Address 1 - Street',
  ],
  city: ['city', 'town', 'MailingCity', 'ville', 'stadt', 'ort', 'Business City', 'Address 1 - City'],
  region: [
    'state/region',
    'state',
    'region',
    'province',
    'county',
    'MailingState',
    'bundesland',
    'state/province',
    'Mailing State/Province',
    'Business State',
    'Address 1 - Region',
  ],
  postalCode: [
    'postal code',
    'zip',
    'zip code',
    'postcode',
    'MailingPostalCode',
    'code postal',
    'plz',
    'zip/postal code',
    'Mailing Zip/Postal Code',
    'Mailing Zip',
    'Business Postal Code',
    'Address 1 - Postal Code',
  ],
  country: [
    'country/region',
    'country',
    'MailingCountry',
    'pays',
    'land',
    'Business Country/Region',
    'Address 1 - Country',
  ],
  company: [
    'company',
    'organization',
    'organisation',
    'associated company',
    'companyId',
    'Account',
    'Person - Organization',
  ],
  'company.name': [
    'company name',
    'account name',
    'Account.Name',
    'employer',
    'entreprise',
    'société',
    'firma',
    'Organization Name',
    'Organization 1 - Name',
  ],
  'company.domain': ['company domain name', 'website url', 'website', 'company website', 'domain'],
  owner: ['contact owner', 'owner', 'ownerId', 'owner email', 'OwnerId', 'record owner', 'Person - Owner'],
  createdAt: [...CREATED, 'Person - Person created'],
  note: NOTES,
});

const COMPANY_ALIASES: Record<string, string> = alias({
  name: [
    'name',
    'company name',
    'company',
    'account name',
    'organization',
    'organisation',
    'Organization - Name',
    'organization name',
  ],
  domain: ['company domain name', 'domain', 'domain name'],
  domains: ['additional domains', 'other domains'],
  website: [
    'website url',
    'website',
    'web site',
    'url',
    'homepage',
    'company website',
    'Organization - Website',
  ],
  industry: ['industry', 'sector', 'Organization - Industry'],
  employees: [
    'number of employees',
    'employees',
    'employee count',
    'headcount',
    'NumberOfEmployees',
    'Organization - Number of employees',
  ],
  annualRevenue: ['annual revenue', 'revenue', 'AnnualRevenue', 'Organization - Annual revenue'],
  phone: ['phone', 'phone number', 'telephone', 'main phone', 'Organization - Phone'],
  tags: ['tags', 'labels', 'categories', 'tag', 'Organization - Labels'],
  street: ['street address', 'street', 'address', 'BillingStreet'],
  city: ['city', 'BillingCity'],
  region: [
    'state/region',
    'state',
    'region',
    'province',
    'BillingState',
    'Billing State/Province',
    'state/province',
  ],
  postalCode: [
    'postal code',
    'zip',
    'zip code',
    'postcode',
    'BillingPostalCode',
    'Billing Zip/Postal Code',
    'zip/postal code',
    'Billing Code',
  ],
  country: ['country/region', 'country', 'BillingCountry'],
  // Our exports' "Parent company ID"; HubSpot's, Salesforce's and Zoho's parent columns, which hold
  // the parent's name (or the other system's id, which then finds nothing and is listed as such).
  parent: [
    'parentId',
    'parent company',
    'parent company id',
    'parent account',
    'parent organization',
    'parent',
  ],
  // A name beside an id (our exports carry both): tried when the id finds nothing, as in another
  // workspace; alone, it is the parent's name.
  'parent.name': ['parent company name', 'parent account name', 'Parent.Name'],
  owner: ['company owner', 'owner', 'ownerId', 'account owner', 'OwnerId', 'Organization - Owner'],
  createdAt: [...CREATED, 'Organization - Organization created'],
  note: NOTES,
});

function alias(table: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [target, headers] of Object.entries(table)) {
    for (const header of [target, ...headers]) out[normaliseHeader(header)] ??= target;
  }
  return out;
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
