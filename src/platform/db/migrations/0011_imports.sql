-- Imports: a file uploaded in ~1 MiB chunks (so any process's job runner can read it and no process
-- holds it in memory), mapped to fields, then written in batches by a job whose checkpoint commits
-- with each batch.
CREATE TABLE imports (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  number bigint NOT NULL,
  object_type text NOT NULL CHECK (object_type IN ('people', 'companies')),
  format text NOT NULL CHECK (format IN ('csv', 'vcf')),
  filename text CHECK (length(filename) BETWEEN 1 AND 255),
  status text NOT NULL DEFAULT 'awaiting_upload'
    CHECK (status IN ('awaiting_upload', 'uploaded', 'queued', 'processing', 'completed', 'failed', 'cancelled')),
  -- The upload being written; a newer upload of the same import makes an older one's chunks stale.
  upload_token uuid,
  size_bytes bigint CHECK (size_bytes >= 0),
  sha256 text,
  chunk_count integer NOT NULL DEFAULT 0,
  encoding text,
  delimiter text CHECK (delimiter IN (',', ';', E'\t', '|')),
  header text[],
  mapping jsonb,
  dedupe text CHECK (dedupe IN ('email', 'domain')),
  mode text NOT NULL DEFAULT 'update' CHECK (mode IN ('create', 'update', 'skip')),
  -- The checkpoint: data rows whose outcome has committed, with the records they wrote.
  rows_done bigint NOT NULL DEFAULT 0,
  bytes_done bigint NOT NULL DEFAULT 0,
  created_count bigint NOT NULL DEFAULT 0,
  updated_count bigint NOT NULL DEFAULT 0,
  skipped_count bigint NOT NULL DEFAULT 0,
  rejected_count bigint NOT NULL DEFAULT 0,
  companies_created bigint NOT NULL DEFAULT 0,
  error text,
  created_by uuid,
  started_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, number)
);
CREATE INDEX imports_created_by ON imports (workspace_id, created_by, number DESC);

CREATE TABLE import_chunks (
  workspace_id uuid NOT NULL,
  import_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 0),
  data bytea NOT NULL,
  PRIMARY KEY (workspace_id, import_id, seq),
  FOREIGN KEY (workspace_id, import_id) REFERENCES imports (workspace_id, id) ON DELETE CASCADE
);

-- Rejected rows keep their original cells, so they can be downloaded, fixed and imported again.
CREATE TABLE import_rejections (
  workspace_id uuid NOT NULL,
  import_id uuid NOT NULL,
  row_number bigint NOT NULL,
  cells text[] NOT NULL,
  reason text NOT NULL,
  PRIMARY KEY (workspace_id, import_id, row_number),
  FOREIGN KEY (workspace_id, import_id) REFERENCES imports (workspace_id, id) ON DELETE CASCADE
);

-- Chunks and rejections are file contents, not records: auditing them would copy the file into the
-- trail. Progress counters change with every batch and say nothing an auditor needs.
SELECT rapport_audit_table('imports', 'import', 'id',
  '{upload_token,rows_done,bytes_done,created_count,updated_count,skipped_count,rejected_count,companies_created}');

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['imports', 'import_chunks', 'import_rejections'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (workspace_id = rapport_workspace_id())
                    WITH CHECK (workspace_id = rapport_workspace_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO rapport_app', t);
  END LOOP;
END $$;

-- Dedupe look-ups for a batch of thousands of keys. Array operators (@>, &&) are not leakproof, so
-- under row-level security the planner may not use the GIN indexes for them and scans the table
-- once per batch instead. These functions run as the owner but only ever inside the transaction's
-- workspace, and return ids only; the caller reads the rows through row-level security. One index
-- probe per key in the GIN index: stale statistics during a large import (a table "empty" since its
-- last ANALYZE) must never turn that into a scan per key. So sequential scans are off, and nothing
-- else in the join can use another index: the workspace test is written so that no b-tree serves it
-- (::text), and deleted rows are dropped after the join (the partial indexes match deleted_at IS
-- NULL). The pending list of the GIN index (fastupdate) is merged first: every probe would otherwise
-- scan the whole list, which after a batch of inserts holds thousands of entries.
CREATE FUNCTION rapport_people_by_emails(p_emails text[]) RETURNS TABLE (email text, id uuid)
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp SET enable_seqscan = off SET jit = off AS $$
  SELECT gin_clean_pending_list('people_emails'::regclass);
  WITH found AS MATERIALIZED (
    SELECT e.email, p.id, p.deleted_at
    FROM unnest(p_emails) AS e(email)
    JOIN people p ON p.email_index @> ARRAY[e.email]
    WHERE p.workspace_id::text = rapport_workspace_id()::text)
  SELECT email, id FROM found WHERE deleted_at IS NULL
$$;

CREATE FUNCTION rapport_companies_by_domains(p_domains text[]) RETURNS TABLE (domain text, id uuid)
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp SET enable_seqscan = off SET jit = off AS $$
  SELECT gin_clean_pending_list('companies_domains'::regclass);
  WITH found AS MATERIALIZED (
    SELECT d.domain, c.id, c.deleted_at
    FROM unnest(p_domains) AS d(domain)
    JOIN companies c ON c.domains @> ARRAY[d.domain]
    WHERE c.workspace_id::text = rapport_workspace_id()::text)
  SELECT domain, id FROM found WHERE deleted_at IS NULL
$$;

REVOKE ALL ON FUNCTION rapport_people_by_emails(text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION rapport_companies_by_domains(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport_people_by_emails(text[]) TO rapport_app;
GRANT EXECUTE ON FUNCTION rapport_companies_by_domains(text[]) TO rapport_app;

-- Companies by name, as rapport_search_norm compares names. Equality on text is leakproof, so this
-- runs as the caller, under row-level security. Probing the trigram index once per name costs a
-- posting list of every "com…" company each time: one hash join over the workspace's companies is
-- cheaper and stays so.
CREATE FUNCTION rapport_companies_by_names(p_names text[]) RETURNS TABLE (name text, id uuid)
LANGUAGE sql STABLE SET search_path = public, pg_temp SET enable_nestloop = off SET jit = off AS $$
  SELECT n.name, c.id
  FROM (SELECT DISTINCT name, rapport_search_norm(name) AS norm FROM unnest(p_names) AS name) n
  JOIN companies c ON c.search_name = n.norm
  WHERE c.workspace_id = rapport_workspace_id() AND c.deleted_at IS NULL
$$;
GRANT EXECUTE ON FUNCTION rapport_companies_by_names(text[]) TO rapport_app;
