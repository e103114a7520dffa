-- Imports written by several writers at once (imports.writers.ts). Their batches commit in any
-- order, so "rows done" is no longer a prefix of the file: each batch records the rows it wrote, as a
-- bitmap from its first row (bit i of byte i / 8, least significant first), in the same transaction
-- as those rows. A run resumes by skipping every row some committed batch holds. A batch's first row
-- is its key: a row is in at most one committed batch, so two runs can never both commit it.
CREATE TABLE import_batches (
  workspace_id uuid NOT NULL,
  import_id uuid NOT NULL,
  first_row bigint NOT NULL CHECK (first_row >= 1),
  row_count integer NOT NULL CHECK (row_count >= 1),
  done bytea NOT NULL,
  PRIMARY KEY (workspace_id, import_id, first_row),
  FOREIGN KEY (workspace_id, import_id) REFERENCES imports (workspace_id, id) ON DELETE CASCADE
);
ALTER TABLE import_batches ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_batches USING (workspace_id = rapport_workspace_id())
  WITH CHECK (workspace_id = rapport_workspace_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON import_batches TO rapport_app;

-- The run that owns the import: a batch commits only while its run still does, so a run that took
-- the import over (a lease ran out) is the only one writing from then on.
ALTER TABLE imports ADD COLUMN run_id uuid;

-- Imports stopped before this migration resume from their prefix of rows done.
INSERT INTO import_batches (workspace_id, import_id, first_row, row_count, done)
SELECT workspace_id, id, 1, rows_done,
       decode(repeat('ff', (rows_done / 8)::int)
              || CASE WHEN rows_done % 8 > 0 THEN lpad(to_hex((1 << (rows_done % 8)::int) - 1), 2, '0') ELSE '' END,
              'hex')
FROM imports
WHERE rows_done > 0 AND status IN ('queued', 'processing', 'failed');

-- The run id changes with every run and says nothing an auditor needs, as the progress counters.
DROP TRIGGER capture_inserts ON imports;
DROP TRIGGER capture_updates ON imports;
DROP TRIGGER capture_deletes ON imports;
SELECT rapport_audit_table('imports', 'import', 'id',
  '{upload_token,rows_done,bytes_done,created_count,updated_count,skipped_count,rejected_count,companies_created,run_id}');
