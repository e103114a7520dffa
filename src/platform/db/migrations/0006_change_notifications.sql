-- Live updates: after a statement changes an audited table, tell listening servers which kind of
-- record changed in which workspace (never the values: clients re-read through the API, with their
-- own rights). One notification per statement, delivered at commit, merged when identical.
CREATE FUNCTION rapport_notify_change(object_type text, workspace_id uuid) RETURNS void
LANGUAGE sql AS $$
  SELECT pg_notify('rapport_changes', json_build_object('workspaceId', workspace_id, 'objectType', object_type)::text)
  WHERE workspace_id IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION rapport_capture_changes() RETURNS trigger
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
  touched uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    WITH written AS (
      INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, actor_id, via, request_id)
      SELECT ws, object_type, r->>id_column, 'created', rapport_jsonb_diff(NULL, r, ignored, masked), actor_type, actor_id, via, request_id
      FROM (SELECT to_jsonb(n) AS r FROM new_rows n) rows,
           LATERAL (SELECT coalesce((r->>'workspace_id')::uuid,
                                    CASE WHEN object_type = 'workspace' THEN (r->>'id')::uuid END,
                                    rapport_workspace_id()) AS ws) w
      WHERE ws IS NOT NULL
      RETURNING workspace_id)
    SELECT array_agg(DISTINCT workspace_id) INTO touched FROM written;
  ELSIF TG_OP = 'DELETE' THEN
    WITH written AS (
      INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, actor_id, via, request_id)
      SELECT ws, object_type, r->>id_column, 'deleted', rapport_jsonb_diff(r, NULL, ignored, masked), actor_type, actor_id, via, request_id
      FROM (SELECT to_jsonb(o) AS r FROM old_rows o) rows,
           LATERAL (SELECT coalesce((r->>'workspace_id')::uuid,
                                    CASE WHEN object_type = 'workspace' THEN (r->>'id')::uuid END,
                                    rapport_workspace_id()) AS ws) w
      WHERE ws IS NOT NULL
      RETURNING workspace_id)
    SELECT array_agg(DISTINCT workspace_id) INTO touched FROM written;
  ELSE
    WITH written AS (
      INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, actor_id, via, request_id)
      SELECT ws, object_type, n.r->>id_column, 'updated', d.diff, actor_type, actor_id, via, request_id
      FROM (SELECT to_jsonb(o) AS r FROM old_rows o) o
      JOIN (SELECT to_jsonb(n) AS r FROM new_rows n) n
        ON n.r->>id_column = o.r->>id_column AND n.r->'workspace_id' IS NOT DISTINCT FROM o.r->'workspace_id',
      LATERAL (SELECT rapport_jsonb_diff(o.r, n.r, ignored, masked) AS diff) d,
      LATERAL (SELECT coalesce((n.r->>'workspace_id')::uuid,
                               CASE WHEN object_type = 'workspace' THEN (n.r->>'id')::uuid END,
                               rapport_workspace_id()) AS ws) w
      WHERE ws IS NOT NULL AND d.diff <> '{}'::jsonb
      RETURNING workspace_id)
    SELECT array_agg(DISTINCT workspace_id) INTO touched FROM written;
  END IF;
  PERFORM rapport_notify_change(object_type, ws) FROM unnest(touched) AS ws;
  RETURN NULL;
END $$;
