-- Every create, update and delete of an audited table, written by triggers in the same transaction,
-- whatever the path (API, UI, CLI, import, automation, raw SQL). It is both the audit trail and the
-- event stream that the timeline, automations, webhooks and search consume.
CREATE TABLE record_changes (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id bigint GENERATED ALWAYS AS IDENTITY,
  -- Consumers read in (txid, id) order below the oldest running transaction, so a change that commits
  -- late is never skipped (see src/platform/events/consumers.ts).
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  occurred_at timestamptz NOT NULL DEFAULT now(),
  object_type text NOT NULL,
  record_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
  changes jsonb NOT NULL,
  actor_type text NOT NULL,
  actor_id text,
  via text NOT NULL,
  request_id text,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX record_changes_record ON record_changes (workspace_id, record_id, id DESC);
CREATE INDEX record_changes_object ON record_changes (workspace_id, object_type, id DESC);
CREATE INDEX record_changes_stream ON record_changes (txid, id);

-- Append-only, even for code that runs as the owner: only a future, explicit redaction path may rewrite it.
CREATE FUNCTION rapport_forbid_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER record_changes_append_only BEFORE UPDATE OR DELETE ON record_changes
  FOR EACH ROW EXECUTE FUNCTION rapport_forbid_change();

-- Statement-level, with transition tables, so a 1,000,000-row import writes its trail in one INSERT … SELECT.
-- Arguments: object type, id column, ignored columns, masked columns (changed, value hidden).
-- SECURITY DEFINER: the request role may read the trail but never write it directly.
CREATE FUNCTION rapport_capture_changes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  object_type text := TG_ARGV[0];
  id_column text := TG_ARGV[1];
  ignored text[] := TG_ARGV[2]::text[];
  masked text[] := TG_ARGV[3]::text[];
  actor_type text := coalesce(nullif(current_setting('app.actor_type', true), ''), 'system');
  actor_id text := nullif(current_setting('app.actor_id', true), '');
  via text := coalesce(nullif(current_setting('app.via', true), ''), 'system');
  request_id text := nullif(current_setting('app.request_id', true), '');
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, actor_id, via, request_id)
    SELECT ws, object_type, r->>id_column, 'created', rapport_jsonb_diff(NULL, r, ignored, masked), actor_type, actor_id, via, request_id
    FROM (SELECT to_jsonb(n) AS r FROM new_rows n) rows,
         LATERAL (SELECT coalesce((r->>'workspace_id')::uuid,
                                  CASE WHEN object_type = 'workspace' THEN (r->>'id')::uuid END,
                                  rapport_workspace_id()) AS ws) w
    WHERE ws IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, actor_id, via, request_id)
    SELECT ws, object_type, r->>id_column, 'deleted', rapport_jsonb_diff(r, NULL, ignored, masked), actor_type, actor_id, via, request_id
    FROM (SELECT to_jsonb(o) AS r FROM old_rows o) rows,
         LATERAL (SELECT coalesce((r->>'workspace_id')::uuid,
                                  CASE WHEN object_type = 'workspace' THEN (r->>'id')::uuid END,
                                  rapport_workspace_id()) AS ws) w
    WHERE ws IS NOT NULL;
  ELSE
    INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, actor_id, via, request_id)
    SELECT ws, object_type, n.r->>id_column, 'updated', d.diff, actor_type, actor_id, via, request_id
    FROM (SELECT to_jsonb(o) AS r FROM old_rows o) o
    JOIN (SELECT to_jsonb(n) AS r FROM new_rows n) n
      ON n.r->>id_column = o.r->>id_column AND n.r->'workspace_id' IS NOT DISTINCT FROM o.r->'workspace_id',
    LATERAL (SELECT rapport_jsonb_diff(o.r, n.r, ignored, masked) AS diff) d,
    LATERAL (SELECT coalesce((n.r->>'workspace_id')::uuid,
                             CASE WHEN object_type = 'workspace' THEN (n.r->>'id')::uuid END,
                             rapport_workspace_id()) AS ws) w
    WHERE ws IS NOT NULL AND d.diff <> '{}'::jsonb;
  END IF;
  RETURN NULL;
END $$;

-- Attaches the three capture triggers to a table; every audited table calls this in its migration.
CREATE FUNCTION rapport_audit_table(tbl regclass, object_type text, id_column text,
                                    ignored text[] DEFAULT '{}', masked text[] DEFAULT '{}') RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  args text := format('%L, %L, %L, %L', object_type, id_column, ignored::text, masked::text);
BEGIN
  EXECUTE format('CREATE TRIGGER capture_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION rapport_capture_changes(%s)', tbl, args);
  EXECUTE format('CREATE TRIGGER capture_updates AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION rapport_capture_changes(%s)', tbl, args);
  EXECUTE format('CREATE TRIGGER capture_deletes AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION rapport_capture_changes(%s)', tbl, args);
END $$;

SELECT rapport_audit_table('workspaces', 'workspace', 'id');
SELECT rapport_audit_table('users', 'user', 'id', '{password_changed_at}', '{password_hash}');
SELECT rapport_audit_table('memberships', 'membership', 'user_id');
SELECT rapport_audit_table('teams', 'team', 'id');
SELECT rapport_audit_table('team_members', 'team_member', 'team_id');
SELECT rapport_audit_table('api_tokens', 'api_token', 'id', '{last_used_at}', '{secret_hash}');

-- Where each consumer of record_changes has read up to.
CREATE TABLE event_consumers (
  name text PRIMARY KEY,
  last_txid xid8 NOT NULL DEFAULT '0',
  last_id bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);
