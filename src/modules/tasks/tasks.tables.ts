import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.ts';

type Moment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface TasksTable {
  workspace_id: string;
  id: Generated<string>;
  title: string;
  notes: string | null;
  type: Generated<string>;
  priority: Generated<string>;
  status: Generated<string>;
  due_at: Moment;
  completed_at: Moment;
  assignee_id: string | null;
  person_id: string | null;
  company_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
  deleted_at: Date | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    tasks: TasksTable;
  }
}
