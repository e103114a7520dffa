import { type RawBuilder, sql } from 'kysely';
import type { FieldDef } from '../../platform/query/fields.ts';
import type { PositiveOp } from '../../platform/query/filter.ts';
import { keyTest } from './custom-fields.key-filter.ts';
import { type CustomFieldDefinition, filterTypeOf } from './custom-fields.rules.ts';

/**
 * Custom fields as filterable fields (`customFields.<key>`), read from the record's jsonb, or from
 * the field's sort index where the workspace has one (custom-fields.key-filter.ts).
 */
export function customFieldFilters(
  definitions: CustomFieldDefinition[],
  alias: string,
  workspaceId: string,
): FieldDef[] {
  const column = sql.ref(`${alias}.custom_fields`);
  const scope = sql<boolean>`${sql.ref(`${alias}.workspace_id`)} = ${sql.lit(workspaceId)}`;
  return definitions
    .filter((d) => !d.archived)
    .map((d) => {
      const type = filterTypeOf(d.type);
      const typed = readCustomValue(d, column);
      const key = sortExpression(d, column);
      return {
        key: `customFields.${d.key}`,
        label: d.label,
        type,
        sql: typed,
        ...(d.type === 'select' ? { values: d.choices.map((c) => c.value) } : {}),
        ...(d.sortIndexed && isSortable(d)
          ? { indexed: (op: PositiveOp, value: unknown) => keyTest({ type, key, typed, scope, op, value }) }
          : {}),
      };
    });
}

/** Whether a list can be sorted by this field: one value a record, archived fields hidden. */
export function isSortable(d: CustomFieldDefinition): boolean {
  return !d.archived && d.type !== 'multiSelect' && d.type !== 'longText';
}

/** Sort expressions that are never NULL, so keyset pages work on custom fields too. */
export function customFieldSorts(
  definitions: CustomFieldDefinition[],
  alias: string,
): Record<string, RawBuilder<unknown>> {
  const sorts: Record<string, RawBuilder<unknown>> = {};
  for (const d of definitions)
    if (isSortable(d)) sorts[`customFields.${d.key}`] = sortExpression(d, sql.ref(`${alias}.custom_fields`));
  return sorts;
}

/**
 * The value a list sorts by, never NULL so that keyset pages work: a call of the sort-key function of
 * the field's kind (migration 0028), which a cursor's condition may use on the field's sort index
 * under row-level security. The index (custom-fields.sort-index.ts) is built on this very expression
 * over the bare column, so that PostgreSQL matches it to the list's ORDER BY.
 */
export function sortExpression(d: CustomFieldDefinition, column: RawBuilder<unknown>): RawBuilder<unknown> {
  const kind = SORT_KEYS[filterTypeOf(d.type)] ?? 'text';
  return sql`${sql.raw(`rapport_cf_sort_${kind}`)}(${column}, ${sql.lit(d.key)})`;
}

const SORT_KEYS: Partial<Record<ReturnType<typeof filterTypeOf>, string>> = {
  number: 'number',
  date: 'date',
  datetime: 'datetime',
  boolean: 'boolean',
  id: 'id',
};

// Typed reads never raise on an odd value (migration 0025): it reads as missing.
function readCustomValue(d: CustomFieldDefinition, column: RawBuilder<unknown>): RawBuilder<unknown> {
  const text = sql`(${column}->>${sql.lit(d.key)})`;
  switch (filterTypeOf(d.type)) {
    case 'number':
      return sql`rapport_cf_number(${text})`;
    case 'date':
      return sql`rapport_cf_date(${text})`;
    case 'datetime':
      return sql`rapport_cf_datetime(${text})`;
    case 'boolean':
      return sql`rapport_cf_boolean(${text})`;
    case 'id':
      return sql`rapport_cf_id(${text})`;
    case 'array':
      return sql`ARRAY(SELECT jsonb_array_elements_text(coalesce(${column}->${sql.lit(d.key)}, '[]'::jsonb)))`;
    default:
      return text;
  }
}
