import { z } from 'zod';
import { changePairs } from '../../platform/events/changes.ts';
import { iso, RecordKind, Timestamp } from '../../platform/http/schemas.ts';
import type { AuditEntryRow } from './audit.service.ts';

/**
 * What the trail records: one kind per table a migration audits (`rapport_audit_table`), as the API
 * names it. A test holds the list to the database's audit triggers.
 */
export const AUDITED_OBJECT_TYPES = [
  'activity',
  'activityPerson',
  'apiToken',
  'attachment',
  'company',
  'consentEvent',
  'customField',
  'deal',
  'dealPerson',
  'duplicateCandidate',
  'employment',
  'import',
  'membership',
  'merge',
  'order',
  'orderLine',
  'person',
  'pipeline',
  'pipelineStage',
  'product',
  'savedView',
  'task',
  'team',
  'teamMember',
  'ticket',
  'user',
  'workspace',
] as const;
export const AuditObjectType = z.enum(AUDITED_OBJECT_TYPES).meta({ id: 'AuditObjectType', example: 'team' });

const DuplicatePair = z.object({ objectType: RecordKind, firstId: z.string(), secondId: z.string() }).meta({
  id: 'DuplicatePair',
  description:
    'For a possible duplicate’s entry (objectType "duplicateCandidate"): the two records it pairs (named in `names`), so an entry that changed only its status still says which. Null for other records.',
});

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    occurredAt: Timestamp,
    objectType: AuditObjectType,
    recordId: z.string(),
    recordLabel: z.string().nullable().meta({
      description:
        'The record’s name when the change was made (its name, e-mail, subject, title or label), if it has one.',
      example: 'Ada Lovelace',
    }),
    action: z.enum(['created', 'updated', 'deleted']),
    changes: z
      .record(z.string(), z.object({ before: z.unknown(), after: z.unknown() }))
      .meta({ description: 'Field → value before and after. Secrets appear as "[redacted]".' }),
    actor: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
    via: z.enum(['ui', 'api', 'cli', 'import', 'automation', 'job', 'system']),
    requestId: z.string().nullable(),
    apiToken: z
      .object({
        id: z.string(),
        name: z.string().nullable().meta({
          description:
            'The token’s name as it is now; null when the token no longer exists (it goes with its member’s removal).',
        }),
        revoked: z.boolean().meta({ description: 'The token no longer works: revoked, or gone.' }),
      })
      .nullable()
      .meta({
        description:
          'The API token the change was made with: by a request made with it (via "api"), or by an import, a bulk action or a custom field’s deletion started with it (via "import", "job"); null for the web app and every other path. Find all of a token’s changes with GET /audit-log?apiTokenId=…',
        example: { id: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f', name: 'Zapier sync', revoked: false },
      }),
    import: z
      .object({ id: z.string(), number: z.number().int() })
      .nullable()
      .meta({ description: 'The import that made the change (via "import"), if it is still known.' }),
    merge: z
      .object({
        id: z.string(),
        undo: z.boolean(),
        survivorId: z.string().meta({ description: 'The record kept (named in `names`).' }),
        mergedId: z.string().meta({ description: 'The record merged into it (named in `names`).' }),
      })
      .nullable()
      .meta({
        description:
          'The merge that made the change to this person or company, or whose own entry this is (objectType "merge"; see GET /merges/{id}); `undo` when it was the merge being undone. With recordId, the history of a person or company holds the entries of the merges it took part in.',
      }),
    tie: z
      .object({ personId: z.string(), companyId: z.string() })
      .nullable()
      .meta({
        description:
          'For an employment’s entry (objectType "employment"): the person and the company it ties, as the employment is now, or as it was when removed (named in `names`), so an entry that changed only its role or dates still says whose job it is. Null for other records.',
        example: {
          personId: '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f',
          companyId: '01930f6e-9a10-7b22-8c3d-4e5f6a7b8c9d',
        },
      }),
    pair: DuplicatePair.nullable(),
    names: z.record(z.string(), z.string()).meta({
      description:
        'Names, as they are now, of the people and companies the changes refer to by id (companyId, parentId, personId, requesterId, mergedIntoId, and the relation custom fields in customFields), of the two records of `merge`, of `tie` and of `pair`. Members are not named here: see /users.',
      example: { '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f': 'Acme' },
    }),
  })
  .meta({ id: 'AuditEntry' });

type AuditEntry = z.infer<typeof AuditEntrySchema>;

const camel = (key: string) => key.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());

const fieldValues = (value: unknown): unknown[] =>
  typeof value === 'object' && value !== null ? Object.values(value) : [];

/** Column names become the API's field names; `password_hash` is shown as `password`. */
const FIELD_NAMES: Record<string, string> = { password_hash: 'password', secret_hash: 'secret' };

export function presentAuditEntry(row: AuditEntryRow, names: ReadonlyMap<string, string>): AuditEntry {
  const changes: AuditEntry['changes'] = {};
  const named: AuditEntry['names'] = {};
  for (const [field, [before, after]] of Object.entries(changePairs(row.action, row.changes, row.snapshot))) {
    changes[FIELD_NAMES[field] ?? camel(field)] = { before, after };
    // A relation custom field's id sits one level down, in the custom fields' object.
    const values = field === 'custom_fields' ? [before, after].flatMap(fieldValues) : [before, after];
    for (const value of values) {
      const name = typeof value === 'string' ? names.get(value) : undefined;
      if (name !== undefined) named[value as string] = name;
    }
  }
  for (const id of [
    row.merge_survivor_id,
    row.merge_merged_id,
    row.tie_person_id,
    row.tie_company_id,
    row.pair_first_id,
    row.pair_second_id,
  ]) {
    const name = id ? names.get(id) : undefined;
    if (id && name !== undefined) named[id] = name;
  }
  return {
    id: row.id,
    occurredAt: iso(row.occurred_at),
    // A trigger's own name for its table: one of AUDITED_OBJECT_TYPES, as the test of that list holds.
    objectType: camel(row.object_type) as z.infer<typeof AuditObjectType>,
    recordId: row.record_id,
    recordLabel: row.record_label,
    action: row.action,
    changes,
    actor: { type: row.actor_type, id: row.actor_id, name: row.actor_name ?? null },
    via: row.via as AuditEntry['via'],
    requestId: row.request_id,
    apiToken: row.api_token_id
      ? {
          id: row.api_token_id,
          name: row.api_token_name ?? null,
          revoked: row.api_token_name == null || row.api_token_revoked_at != null,
        }
      : null,
    import: row.import_id ? { id: row.import_id, number: Number(row.import_number) } : null,
    merge:
      row.merge_id && row.merge_survivor_id && row.merge_merged_id
        ? {
            id: row.merge_id,
            undo: row.merge_undo === true,
            survivorId: row.merge_survivor_id,
            mergedId: row.merge_merged_id,
          }
        : null,
    tie:
      row.tie_person_id && row.tie_company_id
        ? { personId: row.tie_person_id, companyId: row.tie_company_id }
        : null,
    pair:
      row.pair_object && row.pair_first_id && row.pair_second_id
        ? {
            objectType: row.pair_object as 'people' | 'companies',
            firstId: row.pair_first_id,
            secondId: row.pair_second_id,
          }
        : null,
    names: named,
  };
}
