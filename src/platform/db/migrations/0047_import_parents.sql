-- A company import's parent company column (imports.parents.ts). The parent a row names may come
-- later in the file, or in a batch another writer commits first, so each batch keeps, in its own
-- transaction, the parent named for every company it wrote, and the import places them all when it
-- ends, against the whole workspace. What it places is dropped; what it cannot place (no such
-- company, a loop) stays with its problem, for the import's page to list: the rows themselves were
-- written.
CREATE TABLE import_parents (
  workspace_id uuid NOT NULL,
  import_id uuid NOT NULL,
  company_id uuid NOT NULL,
  row_number bigint NOT NULL,
  parent text NOT NULL,
  problem text,
  PRIMARY KEY (workspace_id, import_id, company_id),
  FOREIGN KEY (workspace_id, import_id) REFERENCES imports (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, company_id) REFERENCES companies (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX import_parents_rows ON import_parents (workspace_id, import_id, row_number);
CREATE INDEX import_parents_companies ON import_parents (workspace_id, company_id);
ALTER TABLE import_parents ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_parents USING (workspace_id = rapport_workspace_id())
  WITH CHECK (workspace_id = rapport_workspace_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON import_parents TO rapport_app;

ALTER TABLE imports ADD COLUMN parents_placed bigint NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN parents_unplaced bigint NOT NULL DEFAULT 0;
