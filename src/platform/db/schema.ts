import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Timestamps come back as Date and go in as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type UpdatableTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T = unknown> = ColumnType<T, string, string>;

/** Tables every module may rely on (owned by the platform and the admin modules). */
export interface PlatformTables {
  workspaces: {
    id: Generated<string>;
    name: string;
    default_country: Generated<string>;
    default_currency: Generated<string>;
    created_at: CreatedAt;
    updated_at: Generated<Date>;
    version: Generated<number>;
  };
  users: {
    id: Generated<string>;
    email: string;
    name: string;
    password_hash: string | null;
    password_changed_at: Date | null;
    created_at: CreatedAt;
    updated_at: Generated<Date>;
    version: Generated<number>;
  };
  sessions: {
    id: Generated<string>;
    token_hash: Buffer;
    principal_type: Generated<'user'>;
    user_id: string | null;
    workspace_id: string | null;
    csrf_token: string;
    ip: string | null;
    user_agent: string | null;
    created_at: CreatedAt;
    last_seen_at: Generated<Date>;
    expires_at: Timestamp;
    revoked_at: Date | null;
  };
  password_tokens: {
    token_hash: Buffer;
    user_id: string;
    purpose: 'reset' | 'invite';
    created_at: CreatedAt;
    expires_at: Timestamp;
    used_at: Date | null;
  };
  auth_throttle: {
    key: string;
    failures: number;
    window_started_at: Timestamp;
    locked_until: Date | null;
  };
  memberships: {
    workspace_id: string;
    user_id: string;
    role: string;
    status: Generated<'active' | 'deactivated'>;
    created_at: CreatedAt;
    updated_at: Generated<Date>;
    version: Generated<number>;
  };
  teams: {
    workspace_id: string;
    id: Generated<string>;
    name: string;
    description: Generated<string>;
    created_at: CreatedAt;
    updated_at: Generated<Date>;
    version: Generated<number>;
  };
  team_members: {
    workspace_id: string;
    team_id: string;
    user_id: string;
    created_at: CreatedAt;
  };
  api_tokens: {
    workspace_id: string;
    id: Generated<string>;
    user_id: string;
    name: string;
    secret_hash: Buffer;
    last_four: string;
    created_at: CreatedAt;
    updated_at: Generated<Date>;
    version: Generated<number>;
    expires_at: Timestamp | null;
    last_used_at: Date | null;
    revoked_at: Date | null;
  };
  idempotency_keys: {
    workspace_id: string;
    principal: string;
    key: string;
    request_hash: string;
    status: number | null;
    headers: Json<Record<string, string>> | null;
    body: string | null;
    created_at: UpdatableTimestamp;
  };
  record_changes: {
    workspace_id: string;
    id: ColumnType<string, never, never>;
    txid: ColumnType<string, never, never>;
    occurred_at: ColumnType<Date, never, never>;
    object_type: string;
    record_id: string;
    action: 'created' | 'updated' | 'deleted';
    /** Pairs [before, after]; or, when `snapshot`, the row itself (read through changePairs). */
    changes: Record<string, unknown>;
    snapshot: Generated<boolean>;
    actor_type: string;
    actor_id: string | null;
    via: string;
    request_id: string | null;
    /** The record's name when the change was written (0014_audit_record_labels.sql). */
    record_label: ColumnType<string | null, string | null | undefined, never>;
    /** The API token the change was made with, from the transaction's settings (0038_audit_api_tokens.sql). */
    api_token_id: ColumnType<string | null, never, never>;
  };
  event_consumers: {
    name: string;
    last_txid: Generated<string>;
    last_id: Generated<string>;
    updated_at: Generated<Date>;
  };
  jobs: {
    id: ColumnType<string, never, never>;
    workspace_id: string | null;
    kind: string;
    payload: Json;
    state: Generated<'queued' | 'running' | 'succeeded' | 'dead'>;
    priority: Generated<number>;
    run_at: ColumnType<Date, Date | string | undefined, Date | string>;
    attempts: Generated<number>;
    max_attempts: Generated<number>;
    last_error: string | null;
    dedupe_key: string | null;
    locked_by: string | null;
    locked_until: Date | null;
    created_at: CreatedAt;
    updated_at: Generated<Date>;
    finished_at: Date | null;
  };
  outbox_messages: {
    id: Generated<string>;
    workspace_id: string | null;
    kind: string;
    to_address: string;
    subject: string;
    text_body: string;
    html_body: string | null;
    message_id: string;
    status: 'held' | 'queued' | 'sent' | 'failed';
    attempts: Generated<number>;
    last_error: string | null;
    created_at: CreatedAt;
    updated_at: Generated<Date>;
    sent_at: Date | null;
  };
}

/** Every table, as Kysely sees it. Modules add their tables by extending this interface. */
export interface Database extends PlatformTables {}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
