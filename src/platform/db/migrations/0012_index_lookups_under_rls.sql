-- Index look-ups that row-level security would otherwise turn into sequential scans.
--
-- Under a policy, PostgreSQL only uses a condition as an index condition when its operator is
-- leakproof, because the condition would otherwise see rows the policy hides. B-tree comparisons
-- of text, uuid and timestamps are leakproof; array containment (@>), trigram similarity (%),
-- LIKE and full-text match (@@) are not. So `email_index @> ARRAY[…]` run as rapport_app reads the
-- whole table, whatever GIN index exists. These functions run those probes as the tables' owner,
-- for the transaction's workspace only (rapport_workspace_id(), NULL outside a workspace, so they
-- return nothing there), and return ids that the caller joins back under its own policies and
-- role visibility. They are the only code that reads tenant tables past RLS on a request's behalf:
-- each one names its workspace condition explicitly.

CREATE FUNCTION rapport_people_with_email(p_email text) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 2 AS $$
  SELECT id FROM people
  WHERE email_index @> ARRAY[p_email] AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL
$$;

CREATE FUNCTION rapport_people_with_phone(p_phone text) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 2 AS $$
  SELECT id FROM people
  WHERE phone_index @> ARRAY[p_phone] AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL
$$;

CREATE FUNCTION rapport_people_with_tag(p_tag text) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 1000 AS $$
  SELECT id FROM people
  WHERE tags @> ARRAY[p_tag] AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL
$$;

CREATE FUNCTION rapport_companies_with_domain(p_domain text) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 2 AS $$
  SELECT id FROM companies
  WHERE domains @> ARRAY[p_domain] AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL
$$;

CREATE FUNCTION rapport_companies_with_tag(p_tag text) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 1000 AS $$
  SELECT id FROM companies
  WHERE tags @> ARRAY[p_tag] AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL
$$;

-- Search candidates: a name whose words are the query's with letters swapped (name keys), a name
-- similar by trigrams, a prefix of the full-text words; each set capped on its own index.
CREATE FUNCTION rapport_people_search_candidates(p_norm text, p_keys text[], p_prefix text, p_limit integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 500 AS $$
  (SELECT id FROM people
   WHERE cardinality(p_keys) > 0 AND name_keys @> p_keys
     AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit)
  UNION
  (SELECT id FROM people
   WHERE search_name % p_norm AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit)
  UNION
  (SELECT id FROM people
   WHERE p_prefix IS NOT NULL AND search_vector @@ to_tsquery('simple', p_prefix)
     AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit)
$$;

CREATE FUNCTION rapport_companies_search_candidates(p_norm text, p_keys text[], p_limit integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 500 AS $$
  (SELECT id FROM companies
   WHERE cardinality(p_keys) > 0 AND name_keys @> p_keys
     AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit)
  UNION
  (SELECT id FROM companies
   WHERE search_name % p_norm AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit)
  UNION
  (SELECT id FROM companies
   WHERE search_name LIKE replace(replace(replace(p_norm, '\', '\\'), '%', '\%'), '_', '\_') || '%'
     AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL LIMIT p_limit)
$$;

DO $$
DECLARE fn text;
BEGIN
  FOREACH fn IN ARRAY ARRAY[
    'rapport_people_with_email(text)', 'rapport_people_with_phone(text)', 'rapport_people_with_tag(text)',
    'rapport_companies_with_domain(text)', 'rapport_companies_with_tag(text)',
    'rapport_people_search_candidates(text, text[], text, integer)',
    'rapport_companies_search_candidates(text, text[], integer)'
  ] LOOP
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', fn);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO rapport_app', fn);
  END LOOP;
END $$;
