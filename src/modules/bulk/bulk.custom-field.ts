import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../access/index.ts';
import { companyContext } from '../companies/index.ts';
import { cleanCustomValues, lockedDefinition } from '../custom-fields/index.ts';
import { writeContext } from '../people/index.ts';
// The relation check a record's edit runs (companies reach it the same way).
import { checkReferences } from '../people/people.service.ts';
import type { BulkObject } from './bulk.service.ts';

export interface SetCustomField {
  type: 'setCustomField';
  key: string;
  /** As a record's customFields holds it once cleaned; null clears the field. */
  value: unknown;
}

/**
 * Checks the value as an edit of one record checks it (its definition, then a relation's target) and
 * returns the action with the value as that edit would store it (a phone in E.164, a URL normalised).
 * Only this field is checked: another required field a record lacks is not this action's to fix.
 * `locked`: the field as it is now, its row locked until the transaction ends (each batch of a job:
 * an admin may archive or change the field while the job runs).
 */
export async function checkSetCustomField(
  tx: Tx,
  actor: Actor,
  object: BulkObject,
  action: SetCustomField,
  locked = false,
): Promise<SetCustomField> {
  const context =
    object === 'people'
      ? await writeContext(tx, actor.workspaceId)
      : await companyContext(tx, actor.workspaceId);
  const definition = locked
    ? await lockedDefinition(tx, actor.workspaceId, object, action.key)
    : context.definitions.find((d) => d.key === action.key);
  const { values, errors } = cleanCustomValues(
    definition ? [definition] : [],
    { [action.key]: action.value },
    {},
    { defaultCountry: context.defaultCountry },
  );
  // One value set on many records would clash on the second: a unique field is set record by record.
  if (definition?.unique && !definition.archived && action.value !== null)
    errors.push({
      path: '/action/value',
      message: `${definition.label} is unique: no two records may share a value, so it is set one record at a time.`,
    });
  if (definition && errors.length === 0)
    await checkReferences(tx, actor, { custom_fields: values }, [definition], errors);
  if (errors.length > 0) {
    // The field itself is wrong (unknown, archived) or the value is: point at the one to fix.
    const path = definition && !definition.archived ? '/action/value' : '/action/key';
    // A job's batch names the field: its message is read long after the field was chosen.
    const named = locked && definition ? `${definition.label}: ` : '';
    throw new AppError('validation_failed', 'The change is not valid.', {
      errors: errors.map((e) => ({ path, message: `${named}${e.message}` })),
    });
  }
  return { ...action, value: values[action.key] ?? null };
}

export function setCustomFieldAssignment(action: SetCustomField): RawBuilder<unknown> {
  return action.value === null
    ? sql`custom_fields = custom_fields - ${action.key}::text`
    : sql`custom_fields = custom_fields || jsonb_build_object(${action.key}::text, ${JSON.stringify(action.value)}::jsonb)`;
}

export function setCustomFieldChanges(action: SetCustomField): RawBuilder<boolean> {
  return action.value === null
    ? sql<boolean>`custom_fields ? ${action.key}::text`
    : sql<boolean>`custom_fields -> ${action.key}::text IS DISTINCT FROM ${JSON.stringify(action.value)}::jsonb`;
}
