import { sql } from 'kysely';
import { TtlCache } from '../../platform/cache/ttl-cache.ts';
import { presentColumns } from '../../platform/db/columns.ts';
import { afterCommit, type Tx } from '../../platform/db/transaction.ts';
import { assertVersion, bumped, locks, type ReadFor } from '../../platform/db/versioning.ts';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { isSortable } from './custom-fields.query.ts';
import {
  type Choice,
  type CustomFieldDefinition,
  type CustomFieldObject,
  type CustomFieldType,
  keyFromLabel,
} from './custom-fields.rules.ts';
import { queueSortIndex, sortIndexName, tableOf, validSortIndexes } from './custom-fields.sort-index.ts';
import { setUniqueValues } from './custom-fields.unique.ts';

export const PURGE_FIELD_JOB = 'customFields.purge';

const COLUMNS = [
  'id',
  'object_type',
  'key',
  'label',
  'type',
  'options',
  'required',
  'unique_values',
  'position',
  'archived_at',
  'created_at',
  'updated_at',
  'version',
] as const;

export type CustomFieldRow = Awaited<ReturnType<typeof getCustomField>>;

export function toDefinition(row: CustomFieldRow): CustomFieldDefinition {
  const options = row.options as { choices?: Choice[]; currency?: string; target?: CustomFieldObject };
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    type: row.type as CustomFieldType,
    required: row.required,
    unique: row.unique_values,
    archived: row.archived_at !== null,
    choices: options.choices ?? [],
    currency: options.currency ?? null,
    target: options.target ?? null,
  };
}

export async function listCustomFields(
  tx: Tx,
  workspaceId: string,
  objectType?: CustomFieldObject,
  includeArchived = true,
) {
  let query = tx
    .selectFrom('custom_fields')
    .select(COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .orderBy('object_type')
    .orderBy('position')
    .orderBy('created_at');
  if (objectType) query = query.where('object_type', '=', objectType);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return query.execute();
}

// Read by nearly every request on people and companies, changed by admins now and then.
const definitionsCache = new TtlCache<CustomFieldDefinition[]>(60_000);

/** Forget a workspace's cached definitions: after a change here, or a change notice from elsewhere. */
export function forgetDefinitions(workspaceId: string): void {
  definitionsCache.invalidate(workspaceId);
}

/** The definitions a record of this kind is validated against (archived ones included: their values stay). */
export async function definitionsFor(tx: Tx, workspaceId: string, objectType: CustomFieldObject) {
  const key = `${workspaceId}:${objectType}`;
  const cached = definitionsCache.get(key);
  if (cached) return cached;
  const rows = await listCustomFields(tx, workspaceId, objectType);
  const indexed = await validSortIndexes(
    tx,
    rows.map((row) => row.id),
  );
  const definitions = rows.map((row) => ({
    ...toDefinition(row),
    sortIndexed: indexed.has(sortIndexName(row.id)),
  }));
  definitionsCache.set(key, definitions);
  return definitions;
}

function changed(workspaceId: string): void {
  forgetDefinitions(workspaceId);
  afterCommit(() => forgetDefinitions(workspaceId));
}

export async function getCustomField(tx: Tx, workspaceId: string, id: string, why: ReadFor = 'read') {
  const row = await tx
    .selectFrom('custom_fields')
    .select(COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .$if(locks(why), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw notFound('custom field');
  return row;
}

/**
 * A field as it is now, past the cache, its row locked until the transaction ends: archiving, changing
 * or deleting it waits, so a write checked against it stays valid until it commits (a bulk job's batch).
 */
export async function lockedDefinition(
  tx: Tx,
  workspaceId: string,
  objectType: CustomFieldObject,
  key: string,
): Promise<CustomFieldDefinition | undefined> {
  const row = await tx
    .selectFrom('custom_fields')
    .select(COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('object_type', '=', objectType)
    .where('key', '=', key)
    .forShare()
    .executeTakeFirst();
  return row && toDefinition(row);
}

export interface FieldSpec {
  objectType: CustomFieldObject;
  label: string;
  key?: string | undefined;
  type: CustomFieldType;
  required?: boolean | undefined;
  unique?: boolean | undefined;
  choices?: Choice[] | undefined;
  currency?: string | undefined;
  target?: CustomFieldObject | undefined;
}

export async function createCustomField(tx: Tx, workspaceId: string, spec: FieldSpec) {
  const key = spec.key ?? keyFromLabel(spec.label);
  const taken = await tx
    .selectFrom('custom_fields')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('object_type', '=', spec.objectType)
    .where('key', '=', key)
    .executeTakeFirst();
  if (taken) {
    // Said on the field it came from, so a form shows it there: the key, or the label it came from.
    const message = `A ${spec.objectType} field with the key "${key}" already exists (maybe archived).`;
    throw new AppError('conflict', message, {
      errors: [{ path: spec.key ? '/key' : '/label', message }],
    });
  }
  const options = optionsOf(spec.type, spec);
  const position = await tx
    .selectFrom('custom_fields')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
    .where('workspace_id', '=', workspaceId)
    .where('object_type', '=', spec.objectType)
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto('custom_fields')
    .values({
      workspace_id: workspaceId,
      object_type: spec.objectType,
      key,
      label: spec.label,
      type: spec.type,
      options: JSON.stringify(options),
      required: spec.required ?? false,
      position: position.next,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (spec.unique)
    await setUniqueValues(
      tx,
      workspaceId,
      { id: row.id, key, type: spec.type, object_type: spec.objectType },
      true,
    );
  const created = await getCustomField(tx, workspaceId, row.id);
  // A field defined in a large workspace sorts fast from the start (the job checks the size).
  if (isSortable(toDefinition(created))) await queueSortIndex(tx, workspaceId, row.id);
  changed(workspaceId);
  return created;
}

function optionsOf(type: CustomFieldType, spec: Partial<FieldSpec>): Record<string, unknown> {
  switch (type) {
    case 'select':
    case 'multiSelect': {
      const choices = spec.choices ?? [];
      if (choices.length === 0) throw invalid('/choices', 'Give at least one choice.');
      if (new Set(choices.map((c) => c.value)).size !== choices.length)
        throw invalid('/choices', 'Choice values must differ.');
      return { choices };
    }
    case 'currency':
      if (!spec.currency) throw invalid('/currency', 'Give the currency (ISO 4217 code).');
      return { currency: spec.currency };
    case 'relation':
      if (!spec.target) throw invalid('/target', 'Say which kind of record it points at.');
      return { target: spec.target };
    default:
      return {};
  }
}

/**
 * Changes a field's label, required flag, uniqueness, choices or position. Its key and type never change: values
 * already stored would stop matching them.
 */
export async function updateCustomField(
  tx: Tx,
  input: {
    workspaceId: string;
    id: string;
    change: {
      label?: string | undefined;
      required?: boolean | undefined;
      unique?: boolean | undefined;
      choices?: Choice[] | undefined;
      position?: number | undefined;
    };
    expectedVersion: number | undefined;
  },
) {
  const current = await getCustomField(tx, input.workspaceId, input.id, 'update');
  assertVersion(input.expectedVersion, current.version, 'custom field');
  const { choices } = input.change;
  let options = current.options;
  if (choices !== undefined) {
    if (current.type !== 'select' && current.type !== 'multiSelect')
      throw invalid('/choices', 'Only select fields have choices.');
    const next = optionsOf(current.type, { choices }) as { choices: Choice[] };
    const removed = ((current.options as { choices?: Choice[] }).choices ?? []).filter(
      (old) => !next.choices.some((c) => c.value === old.value),
    );
    if (removed.length > 0) await assertChoicesUnused(tx, input.workspaceId, current, removed);
    options = { ...current.options, choices: next.choices };
  }
  await tx
    .updateTable('custom_fields')
    .set({
      ...presentColumns('custom_fields', input.change, {
        label: 'label',
        required: 'required',
        position: 'position',
      }),
      options: JSON.stringify(options),
      ...bumped(),
    })
    .where('workspace_id', '=', input.workspaceId)
    .where('id', '=', input.id)
    .execute();
  const { unique } = input.change;
  if (unique !== undefined && unique !== current.unique_values)
    await setUniqueValues(tx, input.workspaceId, current, unique);
  changed(input.workspaceId);
  return getCustomField(tx, input.workspaceId, input.id);
}

// Removing a choice that records still use would orphan their values: say which one, and how many.
async function assertChoicesUnused(tx: Tx, workspaceId: string, field: CustomFieldRow, removed: Choice[]) {
  const table = tableOf(field.object_type);
  const values = removed.map((c) => c.value);
  const used = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${sql.table(table)}
    WHERE workspace_id = ${workspaceId} AND deleted_at IS NULL
      AND (custom_fields->>${field.key} = ANY(${values}::text[])
           OR (jsonb_typeof(custom_fields->${field.key}) = 'array' AND custom_fields->${field.key} ?| ${values}::text[]))`.execute(
    tx,
  );
  const n = used.rows[0]?.n ?? 0;
  if (n > 0) throw conflict(`${n} record(s) still use a choice you removed; change them first.`);
}

export async function setArchived(tx: Tx, workspaceId: string, id: string, archived: boolean) {
  await getCustomField(tx, workspaceId, id);
  await tx
    .updateTable('custom_fields')
    .set({ archived_at: archived ? sql`now()` : null, ...bumped() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
  changed(workspaceId);
  return getCustomField(tx, workspaceId, id);
}

/**
 * What the purge job is given: the field, and the API token its deletion was asked with, if any (a type,
 * not an interface, so that it is a job payload's record).
 */
export type PurgeFieldPayload = {
  fieldId: string;
  objectType: CustomFieldObject;
  key: string;
  /** The audit trail names it with each change the job makes (TenantContext.apiTokenId). */
  apiTokenId?: string | undefined;
};

/**
 * Deletes an archived field and, in a background job, its values from every record. Only archived
 * fields can go, so removing data is always two deliberate steps. `apiTokenId`: the token the deletion
 * was asked with (apiTokenOf), kept for the job.
 */
export async function purgeCustomField(
  tx: Tx,
  workspaceId: string,
  id: string,
  apiTokenId?: string,
): Promise<void> {
  const field = await getCustomField(tx, workspaceId, id, 'delete');
  if (!field.archived_at)
    throw new AppError('conflict', 'Archive the field first; only archived fields can be deleted.');
  const payload: PurgeFieldPayload = {
    fieldId: id,
    objectType: field.object_type,
    key: field.key,
    apiTokenId,
  };
  await enqueue(tx, {
    kind: PURGE_FIELD_JOB,
    workspaceId,
    payload,
    dedupeKey: `purge:${id}`,
  });
}
