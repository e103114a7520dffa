-- A custom field's sort key, for lists and for the field's sort index (custom-fields.sort-index.ts):
-- a function per kind of value, never NULL (a missing or odd value sorts first), never raising.
--
-- Keyset pages deep in a list need the cursor's condition to be an index condition, which under
-- row-level security it is only when every function called in it is leakproof (migration 0027).
-- The readers of 0025 are inlined into calls PostgreSQL does not count as leakproof (->>, ~,
-- casts), so these are PL/pgSQL, never inlined, and declared LEAKPROOF: they raise on no input and
-- tell nothing but their result. Only a superuser may declare it. Where the migrating role is not
-- one, the functions stay as they are, lists still sort by them and walk the field's index, and a
-- deep page reads the index from its start. Numbers sort as double precision, whose comparison is
-- leakproof where numeric's is not: exact to 15 significant digits.
CREATE FUNCTION rapport_cf_sort_number(custom_fields jsonb, key text) RETURNS float8
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  n numeric := public.rapport_cf_number(custom_fields->>key);
BEGIN
  IF n IS NULL THEN
    RETURN '-Infinity'::float8;
  ELSIF abs(n) >= 1e308 THEN
    RETURN CASE WHEN n > 0 THEN 'Infinity'::float8 ELSE '-Infinity'::float8 END;
  ELSIF abs(n) < 1e-300 THEN
    RETURN 0;
  END IF;
  RETURN n::float8;
END
$$;

CREATE FUNCTION rapport_cf_sort_text(custom_fields jsonb, key text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN coalesce(custom_fields->>key, '');
END
$$;

CREATE FUNCTION rapport_cf_sort_date(custom_fields jsonb, key text) RETURNS date
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN coalesce(public.rapport_cf_date(custom_fields->>key), '-infinity'::date);
END
$$;

CREATE FUNCTION rapport_cf_sort_datetime(custom_fields jsonb, key text) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN coalesce(public.rapport_cf_datetime(custom_fields->>key), '-infinity'::timestamptz);
END
$$;

CREATE FUNCTION rapport_cf_sort_boolean(custom_fields jsonb, key text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN coalesce(public.rapport_cf_boolean(custom_fields->>key), false);
END
$$;

CREATE FUNCTION rapport_cf_sort_id(custom_fields jsonb, key text) RETURNS uuid
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN coalesce(public.rapport_cf_id(custom_fields->>key), '00000000-0000-0000-0000-000000000000'::uuid);
END
$$;

DO $$
DECLARE
  kind text;
  index_name text;
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    FOREACH kind IN ARRAY ARRAY['number', 'text', 'date', 'datetime', 'boolean', 'id'] LOOP
      EXECUTE format('ALTER FUNCTION rapport_cf_sort_%s(jsonb, text) LEAKPROOF', kind);
    END LOOP;
  END IF;
  -- Sort indexes built on 0025's expressions no longer match a list's; the next list sorted by their
  -- field asks for them again.
  FOR index_name IN SELECT relname FROM pg_class WHERE relkind = 'i' AND relname LIKE 'cf\_sort\_%' LOOP
    EXECUTE format('DROP INDEX %I', index_name);
  END LOOP;
END
$$;
