-- Live updates say which records changed, not only which kind: a page showing one person refetches
-- when something about that person changed, not on every change to anyone in the workspace.
--
-- A statement that changed at most 150 rows names, per workspace, the ids its rows carry: the
-- record's own and the records it points at (the columns of its foreign keys, in the old and new
-- rows), so an order names its customer and an employment its person and company. Not the members
-- it points at (owner, author, assignee): they are on nearly every page, which would all refetch. A larger statement (an
-- import batch, a bulk edit) names none, which means "any record of this kind", as before; so does a
-- list of ids too long for a notification (8,000 bytes). Ids never cross workspaces: each
-- notification names only its own workspace's rows. Still never values: clients re-read through the
-- API, with their own rights.
--
-- The audit trigger is 0022's with that tail; what it writes to record_changes is unchanged.
CREATE FUNCTION rapport_notify_change(object_type text, workspace_id uuid, ids text[]) RETURNS void
LANGUAGE sql AS $$
  SELECT pg_notify('rapport_changes', json_build_object(
    'workspaceId', workspace_id,
    'objectType', object_type,
    'ids', CASE WHEN cardinality(ids) BETWEEN 1 AND 150 THEN ids END)::text)
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
  -- The statement's rows as JSON when it changed few enough to name them.
  named jsonb[];
  id_columns text[];
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
    IF (SELECT count(*) FROM new_rows) <= 150 THEN
      SELECT array_agg(to_jsonb(n)) INTO named FROM new_rows n;
    END IF;
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

DROP FUNCTION rapport_notify_change(text, uuid);
