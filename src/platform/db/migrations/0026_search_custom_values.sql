-- Search finds a record by the words of its custom values too: a customer number, a contract
-- reference, an account manager's e-mail. The words are the record's custom string values (those of
-- multi-selects included), in lower case without accents, split at every character that is neither
-- letter nor digit as the query is (prefixQuery), so an e-mail's or a web address's parts are words;
-- ids of related records are left out, as no one types them. A GIN index on them, partial to records
-- that hold any, answers the search's prefix query ("acme-47" → acme:* & 47:*); it is probed after
-- the names, only when they do not fill the page, and only for three characters or more, since a
-- shorter prefix matches a choice that half the records share.
-- Not inlined (it aggregates), so the index and the probes call the same function. Its search_path
-- is its own: PostgreSQL 17 and later build and maintain indexes under a search_path of pg_catalog
-- alone, where rapport_unaccent is not found.
CREATE FUNCTION rapport_custom_words(custom_fields jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
  SELECT to_tsvector('simple'::regconfig,
    regexp_replace(lower(rapport_unaccent(coalesce(string_agg(value #>> '{}', ' '), ''))), '[^[:alnum:]]+', ' ', 'g'))
  FROM jsonb_path_query(custom_fields,
    'strict $.** ? (@.type() == "string" && !(@ like_regex "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"))') AS value
$$;

-- 0025's date-time reader calls the date reader by name: the same holds for a field's sort index.
ALTER FUNCTION rapport_cf_datetime(text) SET search_path = public, pg_temp;

CREATE INDEX people_custom_words ON people USING gin (rapport_custom_words(custom_fields))
  WHERE custom_fields <> '{}'::jsonb AND deleted_at IS NULL;
CREATE INDEX companies_custom_words ON companies USING gin (rapport_custom_words(custom_fields))
  WHERE custom_fields <> '{}'::jsonb AND deleted_at IS NULL;

DROP FUNCTION rapport_people_search_candidates(text, text[], text, integer, integer);
DROP FUNCTION rapport_companies_search_candidates(text, text[], integer, integer);

CREATE FUNCTION rapport_people_search_candidates(p_norm text, p_keys text[], p_prefix text, p_limit integer, p_enough integer)
RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_custom_plan
ROWS 500 AS $$
DECLARE
  whole_words CONSTANT integer := 100;
  found integer := 0;
BEGIN
  IF cardinality(p_keys) > 0 THEN
    RETURN QUERY SELECT id FROM people
      WHERE name_keys @> p_keys AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT least(p_limit, whole_words);
    GET DIAGNOSTICS found = ROW_COUNT;
  END IF;
  IF found >= p_enough THEN
    RETURN;
  END IF;
  IF length(p_norm) >= 4 THEN
    RETURN QUERY SELECT id FROM people
      WHERE search_name % p_norm AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit;
  END IF;
  IF p_prefix IS NOT NULL THEN
    RETURN QUERY SELECT id FROM people
      WHERE search_vector @@ to_tsquery('simple', p_prefix) AND workspace_id = rapport_workspace_id()
        AND deleted_at IS NULL LIMIT p_limit;
  END IF;
  IF p_prefix IS NOT NULL AND length(p_norm) >= 3 THEN
    RETURN QUERY SELECT id FROM people
      WHERE rapport_custom_words(custom_fields) @@ to_tsquery('simple', p_prefix) AND custom_fields <> '{}'::jsonb
        AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit;
  END IF;
END
$$;

CREATE FUNCTION rapport_companies_search_candidates(p_norm text, p_keys text[], p_prefix text, p_limit integer, p_enough integer)
RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_custom_plan
ROWS 500 AS $$
DECLARE
  whole_words CONSTANT integer := 100;
  found integer := 0;
BEGIN
  IF cardinality(p_keys) > 0 THEN
    RETURN QUERY SELECT id FROM companies
      WHERE name_keys @> p_keys AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT least(p_limit, whole_words);
    GET DIAGNOSTICS found = ROW_COUNT;
  END IF;
  IF found >= p_enough THEN
    RETURN;
  END IF;
  IF length(p_norm) >= 4 THEN
    RETURN QUERY SELECT id FROM companies
      WHERE search_name % p_norm AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit;
  END IF;
  RETURN QUERY SELECT id FROM companies
    WHERE search_name LIKE replace(replace(replace(p_norm, '\', '\\'), '%', '\%'), '_', '\_') || '%'
      AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit;
  IF p_prefix IS NOT NULL AND length(p_norm) >= 3 THEN
    RETURN QUERY SELECT id FROM companies
      WHERE rapport_custom_words(custom_fields) @@ to_tsquery('simple', p_prefix) AND custom_fields <> '{}'::jsonb
        AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit;
  END IF;
END
$$;

REVOKE ALL ON FUNCTION rapport_people_search_candidates(text, text[], text, integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION rapport_companies_search_candidates(text, text[], text, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport_people_search_candidates(text, text[], text, integer, integer) TO rapport_app;
GRANT EXECUTE ON FUNCTION rapport_companies_search_candidates(text, text[], text, integer, integer) TO rapport_app;
