-- The audit trigger of 0014, with each row turned into JSON once. PostgreSQL pulls a simple subquery
-- up into the query around it and copies its expressions to every place that names them: the row's
-- `to_jsonb` ran once for each of its four to six uses (record id, workspace, diff, label), and an
-- update's diff twice (kept only when not empty, then written). OFFSET 0 keeps each subquery whole,
-- so each value is computed once. Measured per 100,000 rows: see docs/benchmarks.md (sixth session).
-- What the trigger writes is unchanged.
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
      INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, actor_id, via, request_id, record_label)
      SELECT ws, object_type, r->>id_column, 'created', rapport_jsonb_diff(NULL, r, ignored, masked), actor_type, actor_id, via, request_id,
             rapport_record_label(r, masked)
      FROM (SELECT to_jsonb(n) AS r FROM new_rows n OFFSET 0) rows,
           LATERAL (SELECT coalesce((r->>'workspace_id')::uuid,
                                    CASE WHEN object_type = 'workspace' THEN (r->>'id')::uuid END,
                                    rapport_workspace_id()) AS ws) w
      WHERE ws IS NOT NULL
      RETURNING workspace_id)
    SELECT array_agg(DISTINCT workspace_id) INTO touched FROM written;
  ELSIF TG_OP = 'DELETE' THEN
    WITH written AS (
      INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, actor_id, via, request_id, record_label)
      SELECT ws, object_type, r->>id_column, 'deleted', rapport_jsonb_diff(r, NULL, ignored, masked), actor_type, actor_id, via, request_id,
             rapport_record_label(r, masked)
      FROM (SELECT to_jsonb(o) AS r FROM old_rows o OFFSET 0) rows,
           LATERAL (SELECT coalesce((r->>'workspace_id')::uuid,
                                    CASE WHEN object_type = 'workspace' THEN (r->>'id')::uuid END,
                                    rapport_workspace_id()) AS ws) w
      WHERE ws IS NOT NULL
      RETURNING workspace_id)
    SELECT array_agg(DISTINCT workspace_id) INTO touched FROM written;
  ELSE
    WITH written AS (
      INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, actor_type, actor_id, via, request_id, record_label)
      SELECT ws, object_type, n.r->>id_column, 'updated', d.diff, actor_type, actor_id, via, request_id,
             rapport_record_label(n.r, masked)
      FROM (SELECT to_jsonb(o) AS r FROM old_rows o OFFSET 0) o
      JOIN (SELECT to_jsonb(n) AS r FROM new_rows n OFFSET 0) n
        ON n.r->>id_column = o.r->>id_column AND n.r->'workspace_id' IS NOT DISTINCT FROM o.r->'workspace_id',
      LATERAL (SELECT rapport_jsonb_diff(o.r, n.r, ignored, masked) AS diff OFFSET 0) d,
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
