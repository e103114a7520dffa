import type { Generated } from 'kysely';

export interface RecentRecordsTable {
  workspace_id: string;
  user_id: string;
  record_type: string;
  record_id: string;
  viewed_at: Generated<Date>;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    recent_records: RecentRecordsTable;
  }
}
