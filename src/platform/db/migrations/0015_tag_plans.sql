-- How many live records of the transaction's workspace carry a tag, counted up to a cap, so a list
-- can plan the tag's condition (src/platform/query/tags.ts): the ids of a rare tag from the GIN index,
-- or a per-row test of a common one while walking the sort's index. Run as the owner for the same
-- reason as migration 0012: under row-level security `tags @> …` never reaches the index.
CREATE FUNCTION rapport_people_tag_count(p_tag text, p_cap integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT count(*)::integer FROM (
    SELECT 1 FROM people
    WHERE tags @> ARRAY[p_tag] AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL
    LIMIT p_cap) capped
$$;

CREATE FUNCTION rapport_companies_tag_count(p_tag text, p_cap integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT count(*)::integer FROM (
    SELECT 1 FROM companies
    WHERE tags @> ARRAY[p_tag] AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL
    LIMIT p_cap) capped
$$;

REVOKE ALL ON FUNCTION rapport_people_tag_count(text, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION rapport_companies_tag_count(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport_people_tag_count(text, integer) TO rapport_app;
GRANT EXECUTE ON FUNCTION rapport_companies_tag_count(text, integer) TO rapport_app;
