-- An update's entry holds only the fields that changed, so the trail read "updated person" without
-- saying who. Each entry now keeps the record's name as it was at that moment (NEW, or OLD for a
-- delete), written by the same trigger, so it stays true after a rename or a deletion. Nullable:
-- entries written before this migration, and records without a name, have none.
ALTER TABLE record_changes ADD COLUMN record_label text;

-- The first non-empty of: name; first and last name (people); e-mail; subject; title; label. Masked
-- columns are never read, so a label cannot reveal what the trail hides.
CREATE FUNCTION rapport_record_label(row_values jsonb, masked text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT left(coalesce(
    nullif(btrim(r->>'name'), ''),
    nullif(btrim(concat_ws(' ', nullif(btrim(r->>'first_name'), ''), nullif(btrim(r->>'last_name'), ''))), ''),
    nullif(btrim(r->>'email'), ''),
    nullif(btrim(r->>'subject'), ''),
    nullif(btrim(r->>'title'), ''),
    nullif(btrim(r->>'label'), '')), 300)
  FROM (SELECT row_values - coalesce(masked, '{}') AS r) masked_row
$$;

-- As in 0006_change_notifications.sql, with record_label added to each of the three writes.
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
      FROM (SELECT to_jsonb(n) AS r FROM new_rows n) rows,
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
      FROM (SELECT to_jsonb(o) AS r FROM old_rows o) rows,
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
