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
  position: Generated<number>;
  archived_at: Date | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    custom_fields: CustomFieldsTable;
  }
}
