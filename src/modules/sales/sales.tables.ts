import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../platform/db/schema.ts';

type Numeric = ColumnType<string, string | number, string | number>;
type NullableNumeric = ColumnType<string | null, string | number | null, string | number | null>;
type DateOnly = ColumnType<string | null, string | null, string | null>;

export interface PipelinesTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface PipelineStagesTable {
  workspace_id: string;
  id: Generated<string>;
  pipeline_id: string;
  name: string;
  position: Generated<number>;
  probability: ColumnType<string, string | number | undefined, string | number>;
  outcome: Generated<'open' | 'won' | 'lost'>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface DealsTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  amount: Numeric;
  currency: string;
  pipeline_id: string;
  stage_id: string;
  status: Generated<'open' | 'won' | 'lost'>;
  close_date: DateOnly;
  company_id: string | null;
  owner_id: string | null;
  source: Generated<string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
  closed_at: Date | null;
  deleted_at: Date | null;
}
export interface DealPeopleTable {
  workspace_id: string;
  deal_id: string;
  person_id: string;
}
export interface ProductsTable {
  workspace_id: string;
  id: Generated<string>;
  sku: string;
  name: string;
  category: string | null;
  unit_price: Numeric;
  unit_cost: NullableNumeric;
  currency: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface OrdersTable {
  workspace_id: string;
  id: Generated<string>;
  external_id: string;
  person_id: string | null;
  company_id: string | null;
  ordered_at: Timestamp;
  currency: string;
  total: Numeric;
  status: Generated<string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface OrderLinesTable {
  workspace_id: string;
  order_id: string;
  line_no: number;
  product_id: string | null;
  sku: string | null;
  description: string | null;
  quantity: Numeric;
  unit_price: Numeric;
  unit_cost: NullableNumeric;
}
export interface WorkspaceCountersTable {
  workspace_id: string;
  name: string;
  value: ColumnType<string, string | number, string | number>;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    pipelines: PipelinesTable;
    pipeline_stages: PipelineStagesTable;
    deals: DealsTable;
    deal_people: DealPeopleTable;
    products: ProductsTable;
    orders: OrdersTable;
    order_lines: OrderLinesTable;
    workspace_counters: WorkspaceCountersTable;
  }
}
