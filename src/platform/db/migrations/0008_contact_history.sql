-- The contact history: every interaction with a customer, from every module and channel.
CREATE TABLE activities (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  type text NOT NULL CHECK (type IN ('email', 'call', 'meeting', 'note', 'chat', 'ticket', 'campaign', 'order',
                                     'form', 'portal', 'social', 'stage_change', 'task', 'other')),
  channel text NOT NULL DEFAULT 'other' CHECK (channel IN ('email', 'phone', 'meeting', 'video', 'chat', 'web',
                                     'portal', 'social', 'sms', 'system', 'other')),
  direction text CHECK (direction IN ('inbound', 'outbound', 'internal')),
  occurred_at timestamptz NOT NULL DEFAULT now(),
  subject text CHECK (length(subject) <= 1000),
  -- Plain text for summaries and search; notes keep their sanitised HTML beside it.
  body text,
  body_html text,
  actor_type text NOT NULL DEFAULT 'user' CHECK (actor_type IN ('user', 'person', 'system')),
  actor_user_id uuid,
  actor_person_id uuid,
  company_id uuid,
  deal_id uuid,
  ticket_id uuid,
  order_id uuid,
  -- Entries derived from other records (an order, a stage change) carry their origin, so deriving
  -- them again never doubles them.
  source_key text,
  metadata jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  deleted_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, source_key),
  FOREIGN KEY (workspace_id, company_id) REFERENCES companies (workspace_id, id),
  FOREIGN KEY (workspace_id, actor_user_id) REFERENCES memberships (workspace_id, user_id),
  FOREIGN KEY (workspace_id, actor_person_id) REFERENCES people (workspace_id, id)
);
CREATE INDEX activities_company ON activities (workspace_id, company_id, occurred_at DESC, id DESC)
  WHERE company_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX activities_occurred ON activities (workspace_id, occurred_at DESC, id DESC) WHERE deleted_at IS NULL;

-- Which people an interaction concerns. occurred_at is copied here so a person's latest entries are
-- one index range scan, whatever the size of the history.
CREATE TABLE activity_people (
  workspace_id uuid NOT NULL,
  activity_id uuid NOT NULL,
  person_id uuid NOT NULL,
  occurred_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, activity_id, person_id),
  FOREIGN KEY (workspace_id, activity_id) REFERENCES activities (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX activity_people_timeline ON activity_people (workspace_id, person_id, occurred_at DESC, activity_id DESC);

-- Files attached to notes and messages: kept in the database, so every server process and every
-- backup has them; never served as active content.
CREATE TABLE attachments (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  activity_id uuid NOT NULL,
  filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
  content_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  sha256 text NOT NULL,
  data bytea NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, activity_id) REFERENCES activities (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX attachments_activity ON attachments (workspace_id, activity_id);

CREATE TABLE notifications (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  user_id uuid NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  body text,
  record_type text,
  record_id uuid,
  actor_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, user_id) REFERENCES memberships (workspace_id, user_id)
);
CREATE INDEX notifications_user ON notifications (workspace_id, user_id, created_at DESC, id DESC);

SELECT rapport_audit_table('activities', 'activity', 'id', '{body}');
SELECT rapport_audit_table('activity_people', 'activity_person', 'activity_id', '{occurred_at}');
SELECT rapport_audit_table('attachments', 'attachment', 'id', '{data}');

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['activities', 'activity_people', 'attachments', 'notifications'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (workspace_id = rapport_workspace_id())
                    WITH CHECK (workspace_id = rapport_workspace_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO rapport_app', t);
  END LOOP;
END $$;
