-- The non-owner role every request runs under, so that row-level security binds it
-- (RLS never binds a superuser or a table's owner). Roles are cluster-wide: create it once.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_app') THEN
    CREATE ROLE rapport_app NOLOGIN NOSUPERUSER NOINHERIT NOBYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database on this cluster created it at the same moment
END $$;

DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'rapport_app', 'MEMBER') THEN
    EXECUTE format('GRANT rapport_app TO %I', current_user);
  END IF;
END $$;

-- UUIDv7 (RFC 9562 §5.7): time-ordered, so new rows land at the right edge of B-tree indexes.
-- PostgreSQL 18 has uuidv7() built in; 15 does not, so both use this one.
CREATE FUNCTION rapport_uuidv7() RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
        PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
        FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;

-- The workspace of the current transaction, set by the application with
-- set_config('app.workspace_id', …, true). Unset means "no workspace": every tenant policy then matches nothing.
CREATE FUNCTION rapport_workspace_id() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT nullif(current_setting('app.workspace_id', true), '')::uuid
$$;

-- Field-level difference between two row images: {"column": [before, after]}.
CREATE FUNCTION rapport_jsonb_diff(old_row jsonb, new_row jsonb, ignored text[], masked text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(jsonb_object_agg(k,
           CASE WHEN k = ANY (masked)
                THEN jsonb_build_array(CASE WHEN old_row ? k AND old_row->k <> 'null' THEN '"[redacted]"'::jsonb ELSE 'null'::jsonb END,
                                       CASE WHEN new_row ? k AND new_row->k <> 'null' THEN '"[redacted]"'::jsonb ELSE 'null'::jsonb END)
                ELSE jsonb_build_array(coalesce(old_row->k, 'null'::jsonb), coalesce(new_row->k, 'null'::jsonb)) END),
         '{}'::jsonb)
  FROM (SELECT jsonb_object_keys(coalesce(old_row, '{}'::jsonb) || coalesce(new_row, '{}'::jsonb)) AS k) keys
  WHERE k <> ALL (ignored)
    AND k NOT IN ('workspace_id', 'created_at', 'updated_at', 'version')
    AND coalesce(old_row->k, 'null'::jsonb) IS DISTINCT FROM coalesce(new_row->k, 'null'::jsonb)
$$;
