-- When each workspace's people and companies were last scanned for duplicates. A sweep every day
-- (duplicates.sweep) scans the workspaces whose records were added or changed since, so records
-- that arrive one by one (a web form, the API, a colleague) are looked at without anyone asking;
-- an import queues its own scan as it finishes.
CREATE TABLE duplicate_scans (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  object_type text NOT NULL CHECK (object_type IN ('people', 'companies')),
  -- The start of the last scan's transaction: what it could see was committed before then.
  started_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, object_type)
);
ALTER TABLE duplicate_scans ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON duplicate_scans USING (workspace_id = rapport_workspace_id())
  WITH CHECK (workspace_id = rapport_workspace_id());
GRANT SELECT, INSERT, UPDATE ON duplicate_scans TO rapport_app;
