import { type RawBuilder, sql } from 'kysely';
import { nullSortKey } from '../../platform/http/pagination.ts';
import type { FieldDef, Relation } from '../../platform/query/fields.ts';
import { onTimeSortKey, timeSortKey } from '../../platform/query/time-sort-key.ts';
import { importNumberField } from '../audit/index.ts';
import { domainFragments, storedDomain } from '../companies/companies.rules.ts';
import { type CustomFieldDefinition, customFieldFilters, customFieldSorts } from '../custom-fields/index.ts';
import { emailFragments, LIFECYCLE_STAGES, SOURCES, storedEmail } from './people.rules.ts';

/**
 * The fields people lists filter and sort on, as API names over SQL in the scope of `people p`;
 * `company.*` reach the person's primary company.
 */
const ref = (column: string) => sql.ref(`p.${column}`);
const company: Relation = {
  foreignKey: sql.ref('p.company_id'),
  table: 'companies',
  alias: 'rc',
  softDeleted: true,
};
const companyRef = (column: string) => sql.ref(`rc.${column}`);

/** What people's fields depend on: their custom fields, their companies' custom fields, the workspace. */
export interface PeopleFieldsContext {
  definitions: CustomFieldDefinition[];
  companyDefinitions: CustomFieldDefinition[];
  workspaceId: string;
}

export function peopleFields({
  definitions,
  companyDefinitions,
  workspaceId,
}: PeopleFieldsContext): FieldDef[] {
  return [
    { key: 'firstName', label: 'First name', type: 'text', sql: ref('first_name') },
    { key: 'lastName', label: 'Last name', type: 'text', sql: ref('last_name') },
    // Typed addresses and domains are compared in their stored form (A-label domains): one rule.
    {
      key: 'email',
      label: 'E-mail',
      type: 'text',
      sql: ref('email'),
      normalise: storedEmail,
      fragments: emailFragments,
    },
    {
      key: 'emails',
      label: 'Any e-mail',
      type: 'array',
      sql: ref('email_index'),
      normalise: storedEmail,
    },
    { key: 'phone', label: 'Phone', type: 'text', sql: ref('phone') },
    { key: 'jobTitle', label: 'Job title', type: 'text', sql: ref('job_title') },
    {
      key: 'lifecycleStage',
      label: 'Lifecycle stage',
      type: 'enum',
      sql: ref('lifecycle_stage'),
      values: LIFECYCLE_STAGES,
    },
    { key: 'source', label: 'Source', type: 'enum', sql: ref('source'), values: SOURCES },
    { key: 'tags', label: 'Tags', type: 'array', sql: ref('tags') },
    { key: 'ownerId', label: 'Owner', type: 'id', sql: ref('owner_id') },
    { key: 'companyId', label: 'Company', type: 'id', sql: ref('company_id') },
    { key: 'country', label: 'Country', type: 'text', sql: sql`(p.addresses->0->>'country')` },
    { key: 'city', label: 'City', type: 'text', sql: sql`(p.addresses->0->>'city')` },
    { key: 'createdAt', label: 'Created', type: 'datetime', sql: ref('created_at') },
    { key: 'updatedAt', label: 'Updated', type: 'datetime', sql: ref('updated_at') },
    {
      key: 'lastContactedAt',
      label: 'Last contacted',
      type: 'datetime',
      sql: ref('last_contacted_at'),
      indexed: onTimeSortKey('p.last_contacted_at'),
    },
    // The member who acted in the latest contact; none when the customer reached out (refreshLastContact).
    { key: 'lastContactedBy', label: 'Last contacted by', type: 'id', sql: ref('last_contacted_by') },
    { key: 'lifecycleChangedAt', label: 'Stage changed', type: 'datetime', sql: ref('lifecycle_changed_at') },
    importNumberField('person', ref('id')),
    { key: 'company.name', label: 'Company name', type: 'text', sql: companyRef('name'), via: company },
    {
      key: 'company.domain',
      label: 'Company domain',
      type: 'text',
      sql: companyRef('domain'),
      via: company,
      normalise: storedDomain,
      fragments: domainFragments,
    },
    {
      key: 'company.industry',
      label: 'Company industry',
      type: 'text',
      sql: companyRef('industry'),
      via: company,
    },
    {
      key: 'company.employees',
      label: 'Company size',
      type: 'number',
      sql: companyRef('employees'),
      via: company,
    },
    {
      key: 'company.annualRevenue',
      label: 'Company revenue',
      type: 'number',
      sql: companyRef('annual_revenue'),
      via: company,
    },
    { key: 'company.tags', label: 'Company tags', type: 'array', sql: companyRef('tags'), via: company },
    ...customFieldFilters(definitions, 'p', workspaceId),
    // The company's custom fields, as its own fields: `company.customFields.tier`.
    ...customFieldFilters(companyDefinitions, 'rc', workspaceId).map((field) => ({
      ...field,
      key: `company.${field.key}`,
      label: `Company ${field.label}`,
      via: company,
    })),
  ];
}

export const PEOPLE_SORT_FIELDS = [
  'updatedAt',
  'createdAt',
  'lastName',
  'firstName',
  'email',
  'lastContactedAt',
  'lifecycleStage',
] as const;

/**
 * Never-NULL sort expressions, each the expression of its index (migration 0027), the stage's its
 * rank in the funnel (0024).
 */
export function peopleSorts(definitions: CustomFieldDefinition[]): Record<string, RawBuilder<unknown>> {
  return {
    updatedAt: sql`p.updated_at`,
    createdAt: sql`p.created_at`,
    lastName: nullSortKey('p.last_name', sql`''`),
    firstName: nullSortKey('p.first_name', sql`''`),
    email: nullSortKey('p.email', sql`''`),
    lastContactedAt: timeSortKey('p.last_contacted_at'),
    lifecycleStage: sql`rapport_stage_rank(p.lifecycle_stage)`,
    ...customFieldSorts(definitions, 'p'),
  };
}
