-- Duplicate candidates found by a scan, and merges, kept so that a merge can be undone.
CREATE TABLE duplicate_candidates (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  object_type text NOT NULL CHECK (object_type IN ('people', 'companies')),
  -- The pair in a canonical order (first_id < second_id), so a pair is found once.
  first_id uuid NOT NULL,
  second_id uuid NOT NULL,
  reasons text[] NOT NULL,
  score numeric(4, 3) NOT NULL CHECK (score BETWEEN 0 AND 1),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'merged')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, object_type, first_id, second_id),
  CHECK (first_id < second_id)
);
CREATE INDEX duplicate_candidates_open ON duplicate_candidates (workspace_id, object_type, status, score DESC, id);

CREATE TABLE merges (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  object_type text NOT NULL CHECK (object_type IN ('people', 'companies')),
  survivor_id uuid NOT NULL,
  merged_id uuid NOT NULL,
  -- The survivor's row before the merge, and every row that was repointed from the merged record,
  -- so undo can put each thing back where it was.
  survivor_before jsonb NOT NULL,
  moved jsonb NOT NULL,
  merged_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  undone_at timestamptz,
  undone_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX merges_records ON merges (workspace_id, survivor_id);

SELECT rapport_audit_table('duplicate_candidates', 'duplicate_candidate', 'id');
SELECT rapport_audit_table('merges', 'merge', 'id', '{survivor_before,moved}');

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['duplicate_candidates', 'merges'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (workspace_id = rapport_workspace_id())
                    WITH CHECK (workspace_id = rapport_workspace_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO rapport_app', t);
  END LOOP;
END $$;
