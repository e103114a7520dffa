import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.ts';

type Derived<T> = ColumnType<T, never, never>;
type Numeric = ColumnType<string | null, string | number | null, string | number | null>;

export interface CompaniesTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  domains: Generated<string[]>;
  domain: Derived<string | null>;
  industry: string | null;
  employees: number | null;
  annual_revenue: Numeric;
  phone: string | null;
  website: string | null;
  addresses: ColumnType<unknown[], string | undefined, string>;
  parent_id: string | null;
  owner_id: string | null;
  tags: Generated<string[]>;
  source: Generated<string>;
  custom_fields: ColumnType<Record<string, unknown>, string | undefined, string>;
  search_name: Derived<string>;
  name_keys: Derived<string[]>;
  /** Kept in step by the database's triggers (migration 0061), never written by the code. */
  last_contacted_at: Derived<Date | null>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
  deleted_at: Date | null;
  merged_into_id: string | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    companies: CompaniesTable;
  }
}
