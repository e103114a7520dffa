/**
 * The headers other systems' exports and common spreadsheets give each field, normalised: what the
 * mapping step proposes from (mapping.rules.ts).
 */

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

export const PEOPLE_ALIASES: Record<string, string> = alias({
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

export const COMPANY_ALIASES: Record<string, string> = alias({
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
