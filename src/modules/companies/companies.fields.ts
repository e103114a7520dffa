import { type RawBuilder, sql } from 'kysely';
import { nullSortKey } from '../../platform/http/pagination.ts';
import type { FieldDef } from '../../platform/query/fields.ts';
import { onTimeSortKey, timeSortKey } from '../../platform/query/time-sort-key.ts';
import { importNumberField } from '../audit/index.ts';
import { type CustomFieldDefinition, customFieldFilters, customFieldSorts } from '../custom-fields/index.ts';
import { domainFragments, storedDomain } from './companies.rules.ts';

const ref = (column: string) => sql.ref(`co.${column}`);

/** The fields company lists filter and sort on, over `companies co`. */
export function companyFields(definitions: CustomFieldDefinition[], workspaceId: string): FieldDef[] {
  return [
    { key: 'name', label: 'Name', type: 'text', sql: ref('name') },
    // A typed domain is compared as stored (its A-label): "münchen.de" finds "xn--mnchen-3ya.de".
    {
      key: 'domain',
      label: 'Domain',
      type: 'text',
      sql: ref('domain'),
      normalise: storedDomain,
      fragments: domainFragments,
    },
    { key: 'domains', label: 'Any domain', type: 'array', sql: ref('domains'), normalise: storedDomain },
    { key: 'industry', label: 'Industry', type: 'text', sql: ref('industry') },
    { key: 'employees', label: 'Employees', type: 'number', sql: ref('employees') },
    { key: 'annualRevenue', label: 'Annual revenue', type: 'number', sql: ref('annual_revenue') },
    { key: 'tags', label: 'Tags', type: 'array', sql: ref('tags') },
    { key: 'ownerId', label: 'Owner', type: 'id', sql: ref('owner_id') },
    { key: 'parentId', label: 'Parent company', type: 'id', sql: ref('parent_id') },
    { key: 'country', label: 'Country', type: 'text', sql: sql`(co.addresses->0->>'country')` },
    { key: 'city', label: 'City', type: 'text', sql: sql`(co.addresses->0->>'city')` },
    {
      key: 'lastContactedAt',
      label: 'Last contacted',
      type: 'datetime',
      sql: ref('last_contacted_at'),
      indexed: onTimeSortKey('co.last_contacted_at'),
    },
    { key: 'createdAt', label: 'Created', type: 'datetime', sql: ref('created_at') },
    { key: 'updatedAt', label: 'Updated', type: 'datetime', sql: ref('updated_at') },
    importNumberField('company', ref('id')),
    ...customFieldFilters(definitions, 'co', workspaceId),
  ];
}

export function companySorts(definitions: CustomFieldDefinition[]): Record<string, RawBuilder<unknown>> {
  return {
    name: sql`co.name`,
    createdAt: sql`co.created_at`,
    updatedAt: sql`co.updated_at`,
    employees: nullSortKey('co.employees', sql`-1`),
    annualRevenue: nullSortKey('co.annual_revenue', sql`-1`),
    lastContactedAt: timeSortKey('co.last_contacted_at'),
    ...customFieldSorts(definitions, 'co'),
  };
}
