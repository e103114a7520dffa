import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.ts';

export interface SavedViewsTable {
  workspace_id: string;
  id: Generated<string>;
  object_type: 'people' | 'companies';
  name: string;
  owner_id: string;
  shared: Generated<boolean>;
  columns: Generated<string[]>;
  filter: ColumnType<unknown | null, string | null, string | null>;
  sort: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    saved_views: SavedViewsTable;
  }
}
