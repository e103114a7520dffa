/**
 * Every column that points at a person or a company, so a merge can repoint them all (and undo can
 * point them back). A module that adds such a column adds it here; the merge tests check the list
 * against the database's foreign keys, so a forgotten one fails a test.
 */
export interface Reference {
  table: string;
  column: string;
  /** The other columns of the row's primary key (besides workspace_id and, for links, the column). */
  key: string[];
  /** True when the column is part of the primary key (a link table): a duplicate link is removed. */
  link: boolean;
  /** The table has a version: repointing a row is a change its ETag must show. */
  versioned: boolean;
}

export const PERSON_REFERENCES: Reference[] = [
  { table: 'activity_people', column: 'person_id', key: ['activity_id'], link: true, versioned: false },
  { table: 'deal_people', column: 'person_id', key: ['deal_id'], link: true, versioned: false },
  { table: 'employments', column: 'person_id', key: ['id'], link: false, versioned: true },
  { table: 'orders', column: 'person_id', key: ['id'], link: false, versioned: true },
  { table: 'tickets', column: 'requester_id', key: ['id'], link: false, versioned: true },
  { table: 'activities', column: 'actor_person_id', key: ['id'], link: false, versioned: true },
  // Append-only, but a merge moves each event to the person kept (the ledger's trigger allows that alone).
  { table: 'consent_events', column: 'person_id', key: ['id'], link: false, versioned: false },
  { table: 'tasks', column: 'person_id', key: ['id'], link: false, versioned: true },
];

export const COMPANY_REFERENCES: Reference[] = [
  { table: 'people', column: 'company_id', key: ['id'], link: false, versioned: true },
  { table: 'employments', column: 'company_id', key: ['id'], link: false, versioned: true },
  { table: 'deals', column: 'company_id', key: ['id'], link: false, versioned: true },
  { table: 'orders', column: 'company_id', key: ['id'], link: false, versioned: true },
  { table: 'activities', column: 'company_id', key: ['id'], link: false, versioned: true },
  { table: 'companies', column: 'parent_id', key: ['id'], link: false, versioned: true },
  { table: 'tasks', column: 'company_id', key: ['id'], link: false, versioned: true },
  // An import's parent company it could not place, listed on the import under the company kept.
  { table: 'import_parents', column: 'company_id', key: ['import_id'], link: true, versioned: false },
];
