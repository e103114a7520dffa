-- Search candidates (migration 0012), probed by need. A name whose every word is a query word with its
-- letters in any order ("jonh smiht" → John Smith) is the strongest kind of hit short of the same
-- name, and its GIN probe is cheap; the trigram probe is not (at a million people it reads the
-- posting lists of every trigram of the query, with no early stop: most of a search's time). So the
-- fuzzy probes (trigrams, prefixes) run only when the name keys found fewer candidates than the
-- caller needs (p_enough): a page of whole-word matches is never displaced by mere similarity,
-- because similarity below 0.9 always ranks under them (people.search.ts, companies.list.ts).
-- At most 100 whole-word matches are taken (the same 100 for every page of a search, so pages never
-- overlap): every candidate is then read, joined and scored, and a page of 10 to 50 out of
-- hundreds of equally good "John Smith"s is no better for it. Past them, the fuzzy probes add more.
-- Trigrams need a query of four characters or more: "joh" shares its few trigrams with every J-name
-- (40,000 index hits to recheck at a million people, for a similarity under the threshold for all
-- but a handful), while the prefix probe answers such a query properly.
-- Plans are made for each call's values: a generic plan of `%` or `@@` could not use the index.

DROP FUNCTION rapport_people_search_candidates(text, text[], text, integer);
DROP FUNCTION rapport_companies_search_candidates(text, text[], integer);

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
END
$$;

CREATE FUNCTION rapport_companies_search_candidates(p_norm text, p_keys text[], p_limit integer, p_enough integer)
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
END
$$;

REVOKE ALL ON FUNCTION rapport_people_search_candidates(text, text[], text, integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION rapport_companies_search_candidates(text, text[], integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport_people_search_candidates(text, text[], text, integer, integer) TO rapport_app;
GRANT EXECUTE ON FUNCTION rapport_companies_search_candidates(text, text[], integer, integer) TO rapport_app;
