-- What the planner expects of a tag in the transaction's workspace: how many live records carry it,
-- and how many live records there are, so a list can plan the tag's condition
-- (src/platform/query/tags.ts): the ids of a rare tag from the GIN index, or a per-row test of a
-- common one while walking the sort's index. Estimates, from the table's statistics (the frequency
-- of each common tag), because counting is what made a common tag slow: reading its 54,000 rows
-- took most of a second. Run as the owner for the same reason as migration 0012: under row-level
-- security `tags @> …` never reaches the index, and the plan would not be the one that counts.
-- VOLATILE only because PostgreSQL allows EXPLAIN in no other kind of function.
CREATE FUNCTION rapport_tag_estimate(p_table text, p_tag text, OUT tagged float8, OUT everyone float8)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  plan json;
BEGIN
  IF p_table NOT IN ('people', 'companies') THEN
    RAISE EXCEPTION 'no tags on %', p_table;
  END IF;
  EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM %I WHERE workspace_id = %L AND deleted_at IS NULL AND tags @> %L',
    p_table, rapport_workspace_id(), ARRAY[p_tag]) INTO plan;
  tagged := (plan->0->'Plan'->>'Plan Rows')::float8;
  EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM %I WHERE workspace_id = %L AND deleted_at IS NULL',
    p_table, rapport_workspace_id()) INTO plan;
  everyone := (plan->0->'Plan'->>'Plan Rows')::float8;
END
$$;

REVOKE ALL ON FUNCTION rapport_tag_estimate(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport_tag_estimate(text, text) TO rapport_app;
