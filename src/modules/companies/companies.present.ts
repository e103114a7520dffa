import { iso } from '../../platform/http/schemas.ts';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import type { AddressEntry } from '../people/index.ts';
import type { CompanyJson } from './companies.schemas.ts';
import type { CompanyRow } from './companies.service.ts';

export function presentCompany(row: CompanyRow, definitions: CustomFieldDefinition[]): CompanyJson {
  const visible = new Set(definitions.filter((d) => !d.archived).map((d) => d.key));
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    domains: row.domains,
    industry: row.industry,
    employees: row.employees,
    annualRevenue: row.annual_revenue === null ? null : Number(row.annual_revenue),
    phone: row.phone,
    website: row.website,
    addresses: row.addresses as AddressEntry[],
    parentId: row.parent_id,
    parent: row.parent_id && row.parent_name ? { id: row.parent_id, name: row.parent_name } : null,
    ownerId: row.owner_id,
    tags: row.tags,
    source: row.source,
    customFields: Object.fromEntries(Object.entries(row.custom_fields).filter(([key]) => visible.has(key))),
    lastContactedAt: row.last_contacted_at ? iso(row.last_contacted_at) : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
