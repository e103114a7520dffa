import { iso } from '../../platform/http/schemas.ts';
import type { CustomFieldDefinition } from '../custom-fields/index.ts';
import { displayName, type LifecycleStage } from './people.rules.ts';
import type { PersonJson } from './people.schemas.ts';
import type { PersonRow } from './people.service.ts';

/** What leaves the server about a person. Archived custom fields keep their values but stay inside. */
export function presentPerson(row: PersonRow, definitions: CustomFieldDefinition[]): PersonJson {
  const visible = new Set(definitions.filter((d) => !d.archived).map((d) => d.key));
  return {
    id: row.id,
    name: displayName(row),
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    emails: row.emails,
    phones: row.phones,
    addresses: row.addresses,
    jobTitle: row.job_title,
    companyId: row.company_id,
    company: row.company_id && row.company_name ? { id: row.company_id, name: row.company_name } : null,
    ownerId: row.owner_id,
    lifecycleStage: row.lifecycle_stage as LifecycleStage,
    lifecycleChangedAt: iso(row.lifecycle_changed_at),
    source: row.source,
    tags: row.tags,
    customFields: Object.fromEntries(Object.entries(row.custom_fields).filter(([key]) => visible.has(key))),
    lastContactedAt: row.last_contacted_at ? iso(row.last_contacted_at) : null,
    lastContactedBy: row.last_contacted_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
