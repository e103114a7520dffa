import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.ts';

export interface TicketsTable {
  workspace_id: string;
  id: Generated<string>;
  number: ColumnType<string, string | number, string | number>;
  subject: string;
  status: Generated<string>;
  priority: Generated<string>;
  requester_id: string | null;
  assignee_id: string | null;
  queue_id: string | null;
  channel: Generated<string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
  solved_at: Date | null;
  deleted_at: Date | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    tickets: TicketsTable;
  }
}
