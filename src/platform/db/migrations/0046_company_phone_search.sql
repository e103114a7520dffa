-- Search finds a company by its phone number, as it finds a person (migrations 0012 and 0044): the
-- query as written or read in the workspace's country is looked up exactly, and as another country's
-- national format by its national significant number, which people.phone-query.ts then checks by
-- reading the query in the number's own country. A company has one number, stored in E.164.
CREATE INDEX companies_phone ON companies (workspace_id, phone)
  WHERE phone IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX companies_phone_national ON companies (workspace_id, rapport_phone_national(phone))
  WHERE phone IS NOT NULL AND deleted_at IS NULL;

-- Index probes past row-level security, for the transaction's workspace only, as in migration 0012:
-- the caller joins the ids back under its own policies and role visibility.
CREATE FUNCTION rapport_companies_with_phone(p_phone text) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 2 AS $$
  SELECT id FROM companies
  WHERE phone = p_phone AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL
$$;

-- The workspace's stored numbers whose national significant number is one of p_nationals; at most
-- p_limit companies are read (a number shared by many costs what p_limit do).
CREATE FUNCTION rapport_companies_phones_by_national(p_nationals text[], p_limit integer) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 4 AS $$
  SELECT DISTINCT phone
  FROM (SELECT phone FROM companies
        WHERE rapport_phone_national(phone) = ANY (p_nationals) AND phone IS NOT NULL
          AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL
        LIMIT p_limit) c
$$;

REVOKE ALL ON FUNCTION rapport_companies_with_phone(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport_companies_with_phone(text) TO rapport_app;
REVOKE ALL ON FUNCTION rapport_companies_phones_by_national(text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport_companies_phones_by_national(text[], integer) TO rapport_app;
