import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.ts';

export interface CustomFieldsTable {
  workspace_id: string;
  id: Generated<string>;
  object_type: 'people' | 'companies';
  key: string;
  label: string;
  type: string;
  options: ColumnType<Record<string, unknown>, string | undefined, string>;
  required: Generated<boolean>;
  /** No two live records share a value (migration 0054, custom-fields.unique.ts). */
  unique_values: Generated<boolean>;
  position: Generated<number>;
  archived_at: Date | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/** The register of a unique field's values: which live record holds each. Kept by triggers. */
export interface CustomUniqueValuesTable {
  workspace_id: string;
  field_id: string;
  value: string;
  record_id: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    custom_fields: CustomFieldsTable;
    custom_unique_values: CustomUniqueValuesTable;
  }
}
