-- A custom field's value, read from a record's jsonb as its type, by functions that never raise.
-- A list sorted by a custom field walks an index on one of them (built per field and workspace when
-- the workspace is large: custom-fields.sort-index.ts), and an index expression that raised on one
-- odd value would refuse every later write of that record: a value the API would never have stored
-- (written by hand, or by an older version) reads as missing instead.
--
-- The number, date, boolean and id readers are plain immutable SQL, so PostgreSQL inlines them, in
-- the index and in the query alike. The date is built with make_date, not cast, because a cast from
-- text depends on DateStyle (and is therefore only stable), and it checks the calendar first
-- (2023-02-30 is no date).
CREATE FUNCTION rapport_cf_number(value text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN value ~ '^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]{1,3})?$' THEN value::numeric END
$$;

CREATE FUNCTION rapport_cf_date(value text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN value ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' THEN
    CASE WHEN substr(value, 1, 4)::int > 0
          AND substr(value, 9, 2)::int <= extract(day FROM
                make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, 1) + interval '1 month - 1 day')
    THEN make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, substr(value, 9, 2)::int) END
  END
$$;

-- Declared immutable though the cast inside is only stable: the value must carry its offset (Z or
-- ±hh:mm) and be written in ISO 8601, which reads the same whatever TimeZone and DateStyle say.
-- PL/pgSQL, because an SQL function whose body is less immutable than its declaration is not
-- inlined, and PL/pgSQL's simple expressions are the cheaper call.
CREATE FUNCTION rapport_cf_datetime(value text) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  IF value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$'
     AND rapport_cf_date(left(value, 10)) IS NOT NULL THEN
    RETURN value::timestamptz;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION rapport_cf_boolean(value text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE value WHEN 'true' THEN true WHEN 'false' THEN false END
$$;

CREATE FUNCTION rapport_cf_id(value text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN value ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN value::uuid END
$$;
