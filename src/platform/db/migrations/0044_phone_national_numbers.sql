-- Search finds a person by a number written in another country's national format: "020 7946 0958"
-- in a workspace whose numbers default to the United States is +44 20 7946 0958 to a British
-- colleague. Phones are stored in E.164; the search reads the query's digits, with each national
-- (trunk) prefix it may begin with taken off, as candidate national significant numbers, and looks
-- them up here; the numbers found are then checked in people.phone-query.ts by reading the query in
-- each number's own country (only libphonenumber knows every country's national format), and the
-- ones that read back are looked up exactly, as before.
--
-- The national significant number is what follows the country calling code. ITU-T E.164 codes are
-- prefix-free: 1 and 7 have one digit, those listed two, all others three
-- (people.phone-query.test.ts compares this with libphonenumber for every country). Numbers that are
-- not E.164 (none are stored so) have none.
CREATE FUNCTION rapport_phone_national(e164 text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN e164 !~ '^\+[1-9][0-9]{3,}$' THEN NULL
    WHEN substr(e164, 2, 1) IN ('1', '7') THEN substr(e164, 3)
    WHEN substr(e164, 2, 2) = ANY ('{20,27,30,31,32,33,34,36,39,40,41,43,44,45,46,47,48,49,51,52,53,54,55,56,57,58,60,61,62,63,64,65,66,81,82,84,86,90,91,92,93,94,95,98}'::text[])
      THEN substr(e164, 4)
    ELSE substr(e164, 5)
  END
$$;

-- Called once a row when the index is built: a PL/pgSQL loop over a person's few numbers builds a
-- million people's in seconds, where a SQL function with its own search_path (not inlined, set up on
-- every call) took ten times as long. No search_path of its own, so the national number's function
-- is named with its schema: PostgreSQL 17 and later build indexes under pg_catalog alone.
CREATE FUNCTION rapport_phone_nationals(numbers text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  n text;
  national text;
  found text[] := '{}';
BEGIN
  FOREACH n IN ARRAY coalesce(numbers, '{}') LOOP
    national := public.rapport_phone_national(n);
    IF national IS NOT NULL AND NOT national = ANY (found) THEN
      found := found || national;
    END IF;
  END LOOP;
  RETURN found;
END
$$;

-- An expression index, not a stored column: building it reads the table once and rewrites nothing.
-- GIN cannot lead with workspace_id (no btree_gin, as for the other GIN indexes of people); the
-- probe below names its workspace.
CREATE INDEX people_phone_nationals ON people USING gin (rapport_phone_nationals(phone_index))
  WHERE phone_index <> '{}'::text[] AND deleted_at IS NULL;

-- The workspace's stored numbers (not people: the caller keeps only those that read back as the query
-- and looks them up under its own policies and role visibility) whose national significant number is
-- one of p_nationals. At most p_limit people are read: a switchboard number shared by ten thousand
-- people costs what a thousand do, and one number is all that is wanted of them.
CREATE FUNCTION rapport_people_phones_by_national(p_nationals text[], p_limit integer) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 4 AS $$
  SELECT DISTINCT n
  FROM (SELECT phone_index FROM people
        WHERE rapport_phone_nationals(phone_index) && p_nationals AND phone_index <> '{}'::text[]
          AND workspace_id = rapport_workspace_id() AND deleted_at IS NULL
        LIMIT p_limit) p,
    unnest(p.phone_index) n
  WHERE rapport_phone_national(n) = ANY (p_nationals)
$$;

REVOKE ALL ON FUNCTION rapport_people_phones_by_national(text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport_people_phones_by_national(text[], integer) TO rapport_app;
