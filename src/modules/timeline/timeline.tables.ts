import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../platform/db/schema.ts';

export interface ActivitiesTable {
  workspace_id: string;
  id: Generated<string>;
  type: string;
  channel: Generated<string>;
  direction: string | null;
  occurred_at: ColumnType<Date, Date | string | undefined, Date | string>;
  subject: string | null;
  body: string | null;
  body_html: string | null;
  actor_type: Generated<string>;
  actor_user_id: string | null;
  actor_person_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  ticket_id: string | null;
  order_id: string | null;
  source_key: string | null;
  metadata: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
  deleted_at: Date | null;
}

export interface ActivityPeopleTable {
  workspace_id: string;
  activity_id: string;
  person_id: string;
  occurred_at: Timestamp;
}

export interface AttachmentsTable {
  workspace_id: string;
  id: Generated<string>;
  activity_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  data: Buffer;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface NotificationsTable {
  workspace_id: string;
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: string | null;
  record_type: string | null;
  record_id: string | null;
  actor_user_id: string | null;
  created_at: CreatedAt;
  read_at: Date | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    activities: ActivitiesTable;
    activity_people: ActivityPeopleTable;
    attachments: AttachmentsTable;
    notifications: NotificationsTable;
  }
}
