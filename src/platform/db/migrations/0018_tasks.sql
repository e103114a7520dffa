-- Tasks: what someone of the team means to do, by when, and for which customer. Calendars, reminders
-- and iCalendar feeds will read these rows (due_at is a moment, not a day, for that reason).
CREATE TABLE tasks (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  notes text CHECK (length(notes) <= 10000),
  type text NOT NULL DEFAULT 'todo' CHECK (type IN ('todo', 'call', 'email', 'meeting', 'follow_up')),
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  due_at timestamptz,
  completed_at timestamptz,
  assignee_id uuid,
  -- A task may concern a person, a company, both, or neither.
  person_id uuid,
  company_id uuid,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  deleted_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, assignee_id) REFERENCES memberships (workspace_id, user_id),
  FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id),
  FOREIGN KEY (workspace_id, company_id) REFERENCES companies (workspace_id, id),
  FOREIGN KEY (workspace_id, created_by) REFERENCES memberships (workspace_id, user_id),
  CHECK ((status = 'done') = (completed_at IS NOT NULL))
);
-- Lists page on (due date, id), undated tasks last: coalesce to 'infinity' so that keyset comparisons
-- never meet a NULL. The person and company indexes are not limited to live tasks because a merge
-- repoints deleted ones too.
CREATE INDEX tasks_due ON tasks (workspace_id, (coalesce(due_at, 'infinity'::timestamptz)), id)
  WHERE deleted_at IS NULL;
CREATE INDEX tasks_person ON tasks (workspace_id, person_id, status, (coalesce(due_at, 'infinity'::timestamptz)), id)
  WHERE person_id IS NOT NULL;
CREATE INDEX tasks_company ON tasks (workspace_id, company_id, status, (coalesce(due_at, 'infinity'::timestamptz)), id)
  WHERE company_id IS NOT NULL;
CREATE INDEX tasks_assignee ON tasks (workspace_id, assignee_id, status, (coalesce(due_at, 'infinity'::timestamptz)), id)
  WHERE deleted_at IS NULL;

SELECT rapport_audit_table('tasks', 'task', 'id');

ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tasks USING (workspace_id = rapport_workspace_id())
  WITH CHECK (workspace_id = rapport_workspace_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON tasks TO rapport_app;
