-- Deleted people and companies can be brought back (Settings → Deleted records), listed newest
-- deletion first. Every other index of these tables holds live rows only; these hold the deleted ones
-- (merged-away records are deleted too, and left out: a merge is undone, not restored), so the list
-- reads a few rows rather than the workspace.
CREATE INDEX people_deleted ON people (workspace_id, deleted_at, id)
  WHERE deleted_at IS NOT NULL AND merged_into_id IS NULL;
CREATE INDEX companies_deleted ON companies (workspace_id, deleted_at, id)
  WHERE deleted_at IS NOT NULL AND merged_into_id IS NULL;
