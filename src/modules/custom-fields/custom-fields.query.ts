import { type RawBuilder, sql } from 'kysely';
import type { FieldDef } from '../../platform/query/fields.ts';
import { type CustomFieldDefinition, filterTypeOf } from './custom-fields.rules.ts';

/** Custom fields as filterable fields (`customFields.<key>`), read from the record's jsonb. */
export function customFieldFilters(definitions: CustomFieldDefinition[], alias: string): FieldDef[] {
  return definitions
    .filter((d) => !d.archived)
    .map((d) => ({
      key: `customFields.${d.key}`,
      label: d.label,
      type: filterTypeOf(d.type),
      sql: readCustomValue(d, alias),
      ...(d.type === 'select' ? { values: d.choices.map((c) => c.value) } : {}),
    }));
}

/** Sort expressions that are never NULL, so keyset pages work on custom fields too. */
export function customFieldSorts(
  definitions: CustomFieldDefinition[],
  alias: string,
): Record<string, RawBuilder<unknown>> {
  const sorts: Record<string, RawBuilder<unknown>> = {};
  for (const d of definitions) {
    if (d.archived || d.type === 'multiSelect' || d.type === 'longText') continue;
    const value = readCustomValue(d, alias);
    const floor =
      filterTypeOf(d.type) === 'number'
        ? sql`'-Infinity'::numeric`
        : filterTypeOf(d.type) === 'date'
          ? sql`'-infinity'::date`
          : filterTypeOf(d.type) === 'datetime'
            ? sql`'-infinity'::timestamptz`
            : filterTypeOf(d.type) === 'boolean'
              ? sql`false`
              : filterTypeOf(d.type) === 'id'
                ? sql`'00000000-0000-0000-0000-000000000000'::uuid`
                : sql`''`;
    sorts[`customFields.${d.key}`] = sql`coalesce(${value}, ${floor})`;
  }
  return sorts;
}

function readCustomValue(d: CustomFieldDefinition, alias: string): RawBuilder<unknown> {
  const column = sql.ref(`${alias}.custom_fields`);
  const text = sql`(${column}->>${sql.lit(d.key)})`;
  switch (filterTypeOf(d.type)) {
    case 'number':
      return sql`${text}::numeric`;
    case 'date':
      return sql`${text}::date`;
    case 'datetime':
      return sql`${text}::timestamptz`;
    case 'boolean':
      return sql`${text}::boolean`;
    case 'id':
      return sql`${text}::uuid`;
    case 'array':
      return sql`ARRAY(SELECT jsonb_array_elements_text(coalesce(${column}->${sql.lit(d.key)}, '[]'::jsonb)))`;
    default:
      return text;
  }
}
