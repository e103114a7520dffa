-- A creation has no "before" and a deletion no "after", yet their entries were written as diffs
-- against nothing, {field: [null, value]}: rapport_jsonb_diff walks the row's keys one by one in an
-- aggregate, 27 µs a person, a quarter of the CPU of a COPY into people and most of the audit trail's
-- share of an import (docs/benchmarks.md, twelfth session; bench/import-cost.ts).
--
-- Their entries now keep the row as it was written: {field: value}, cut out of the row's JSON with
-- the `-` operator (ignored and bookkeeping columns gone, masked values "[redacted]", nulls kept so
-- that nothing walks the keys), and `snapshot` says so. Readers turn a snapshot back into the same
-- pairs (src/platform/events/changes.ts), so the API, the timeline and every consumer see what they
-- saw before. Entries written earlier stay as they are, with `snapshot` false; updates keep their diff.
ALTER TABLE record_changes ADD COLUMN snapshot boolean NOT NULL DEFAULT false;

-- Masked columns keep whether they held a value, never the value (as rapport_jsonb_diff did).
CREATE FUNCTION rapport_redact(row_values jsonb, masked text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT row_values || coalesce(jsonb_object_agg(k, CASE WHEN row_values->k = 'null' THEN 'null'::jsonb ELSE '"[redacted]"'::jsonb END), '{}'::jsonb)
  FROM unnest(masked) AS k
  WHERE row_values ? k
$$;

-- A plain expression, so the planner inlines it; the aggregate above runs only for tables with
-- masked columns (users, API tokens), which are written one row at a time.
CREATE FUNCTION rapport_row_snapshot(row_values jsonb, ignored text[], masked text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN cardinality(masked) = 0
              THEN row_values - ignored - '{workspace_id,created_at,updated_at,version}'::text[]
              ELSE rapport_redact(row_values - ignored - '{workspace_id,created_at,updated_at,version}'::text[], masked) END
$$;

-- 0023's trigger, with creations and deletions written as snapshots.
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
  -- The statement's rows as JSON when it changed few enough to name them.
  named jsonb[];
  id_columns text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    WITH written AS (
      INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, snapshot, actor_type, actor_id, via, request_id, record_label)
      SELECT ws, object_type, r->>id_column, 'created', rapport_row_snapshot(r, ignored, masked), true, actor_type, actor_id, via, request_id,
             rapport_record_label(r, masked)
      FROM (SELECT to_jsonb(n) AS r FROM new_rows n OFFSET 0) rows,
           LATERAL (SELECT coalesce((r->>'workspace_id')::uuid,
                                    CASE WHEN object_type = 'workspace' THEN (r->>'id')::uuid END,
                                    rapport_workspace_id()) AS ws) w
      WHERE ws IS NOT NULL
      RETURNING workspace_id)
    SELECT array_agg(DISTINCT workspace_id) INTO touched FROM written;
    IF (SELECT count(*) FROM new_rows) <= 150 THEN
      SELECT array_agg(to_jsonb(n)) INTO named FROM new_rows n;
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    WITH written AS (
      INSERT INTO record_changes (workspace_id, object_type, record_id, action, changes, snapshot, actor_type, actor_id, via, request_id, record_label)
      SELECT ws, object_type, r->>id_column, 'deleted', rapport_row_snapshot(r, ignored, masked), true, actor_type, actor_id, via, request_id,
             rapport_record_label(r, masked)
      FROM (SELECT to_jsonb(o) AS r FROM old_rows o OFFSET 0) rows,
           LATERAL (SELECT coalesce((r->>'workspace_id')::uuid,
                                    CASE WHEN object_type = 'workspace' THEN (r->>'id')::uuid END,
                                    rapport_workspace_id()) AS ws) w
      WHERE ws IS NOT NULL
      RETURNING workspace_id)
    SELECT array_agg(DISTINCT workspace_id) INTO touched FROM written;
    IF (SELECT count(*) FROM old_rows) <= 150 THEN
      SELECT array_agg(to_jsonb(o)) INTO named FROM old_rows o;
    END IF;
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
    -- Both sides: a person moved from one company to another concerns both.
    IF (SELECT count(*) FROM new_rows) <= 150 THEN
      SELECT array_agg(r) INTO named
      FROM (SELECT to_jsonb(o) AS r FROM old_rows o UNION ALL SELECT to_jsonb(n) FROM new_rows n) rows;
    END IF;
  END IF;
  IF named IS NULL THEN
    PERFORM rapport_notify_change(object_type, ws, NULL) FROM unnest(touched) AS ws;
  ELSE
    SELECT array_agg(DISTINCT a.attname::text) || id_column INTO id_columns
    FROM pg_constraint k
    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
    WHERE k.conrelid = TG_RELID AND k.contype = 'f'
      AND k.confrelid NOT IN ('workspaces'::regclass, 'memberships'::regclass, 'users'::regclass)
      AND a.attname <> 'workspace_id';
    PERFORM rapport_notify_change(object_type, t.ws, (
      SELECT array_agg(DISTINCT r->>c)
      FROM unnest(named) AS r, unnest(id_columns) AS c
      WHERE r->>c IS NOT NULL
        AND coalesce((r->>'workspace_id')::uuid,
                     CASE WHEN object_type = 'workspace' THEN (r->>'id')::uuid END,
                     rapport_workspace_id()) = t.ws))
    FROM unnest(touched) AS t(ws);
  END IF;
  RETURN NULL;
END $$;
