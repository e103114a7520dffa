import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import {
  type CustomFieldDefinition,
  type CustomFieldObject,
  type CustomFieldType,
  UNIQUE_TYPES,
} from './custom-fields.rules.ts';
import { tableOf } from './custom-fields.sort-index.ts';

/**
 * Fields whose values no two live records share (migration 0054): an ID from another system that a
 * re-import matches records by. The triggers of that migration keep the register of values true on
 * every write; this is the making and unmaking of a field unique, and the look-ups imports need.
 */
const SHOWN_CLASHES = 3;

/**
 * Makes a field unique or not. Making it unique takes the workspace's register lock alone, so no
 * write of a record runs meanwhile, then refuses if live records already share a value (naming a
 * few) and registers every value there is. Unmaking it forgets them.
 */
export async function setUniqueValues(
  tx: Tx,
  workspaceId: string,
  field: { id: string; key: string; type: string; object_type: CustomFieldObject },
  unique: boolean,
): Promise<void> {
  if (!unique) {
    await tx
      .deleteFrom('custom_unique_values')
      .where('workspace_id', '=', workspaceId)
      .where('field_id', '=', field.id)
      .execute();
    await setFlag(tx, workspaceId, field.id, false);
    return;
  }
  if (!UNIQUE_TYPES.includes(field.type as CustomFieldType))
    throw invalid('/unique', 'Only text, number, URL, e-mail and phone fields can be unique.');
  await sql`SELECT rapport_lock_unique_values(${workspaceId}::uuid, true)`.execute(tx);
  const table = sql.table(tableOf(field.object_type));
  const shared = await sql<{ value: string; n: number; total: number }>`
    SELECT custom_fields->>${field.key} AS value, count(*)::int AS n, count(*) OVER ()::int AS total
    FROM ${table}
    WHERE workspace_id = ${workspaceId} AND deleted_at IS NULL AND merged_into_id IS NULL
      AND custom_fields->>${field.key} IS NOT NULL
    GROUP BY 1 HAVING count(*) > 1
    ORDER BY n DESC, value LIMIT ${SHOWN_CLASHES}`.execute(tx);
  const first = shared.rows[0];
  if (first) {
    const examples = shared.rows.map((r) => `"${r.value}" (${r.n} records)`).join(', ');
    const message = `${first.total} value(s) are shared by more than one record, such as ${examples}. Make them differ (or merge the duplicates) first.`;
    throw new AppError('conflict', message, { errors: [{ path: '/unique', message }] });
  }
  await setFlag(tx, workspaceId, field.id, true);
  await sql`
    INSERT INTO custom_unique_values (workspace_id, field_id, value, record_id)
    SELECT workspace_id, ${field.id}, custom_fields->>${field.key}, id FROM ${table}
    WHERE workspace_id = ${workspaceId} AND deleted_at IS NULL AND merged_into_id IS NULL
      AND custom_fields->>${field.key} IS NOT NULL`.execute(tx);
}

async function setFlag(tx: Tx, workspaceId: string, fieldId: string, unique: boolean) {
  await tx
    .updateTable('custom_fields')
    .set({ unique_values: unique })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', fieldId)
    .execute();
}

/**
 * For each `value`, the live record that holds it in this unique field. One probe of the key per
 * value: as `value = ANY(…)` a batch of an import was planned as a scan of the whole register,
 * comparing each of its rows with each value (0.5–1 s a batch at 100,000 values).
 */
export async function holdersOf(
  tx: Tx,
  workspaceId: string,
  field: CustomFieldDefinition,
  values: string[],
): Promise<Map<string, string>> {
  if (values.length === 0) return new Map();
  // A subquery per value is never flattened into a join, which would hash the whole register.
  const rows = await sql<{ value: string; record_id: string | null }>`
    SELECT v.value, (SELECT u.record_id FROM custom_unique_values u
                     WHERE u.workspace_id = ${workspaceId} AND u.field_id = ${field.id} AND u.value = v.value) AS record_id
    FROM unnest(${[...new Set(values)]}::text[]) AS v(value)`.execute(tx);
  return new Map(rows.rows.flatMap((r) => (r.record_id ? [[r.value, r.record_id] as const] : [])));
}
