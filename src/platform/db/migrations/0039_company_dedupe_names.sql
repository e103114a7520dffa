-- A company's name as the duplicate finder compares it: "Cormier, Stehr and Smith" and "Cormier
-- Stehr Smith Inc." are one name. On top of rapport_search_norm (lower-case, unaccented, other
-- punctuation already spaces) dots go, so that "S.p.A." is "spa" and "Co." is "co"; the words that
-- join names ("and", "und", "et", "y": "&" is a space already) go anywhere, and legal forms go from
-- the end, as many as there are ("GmbH & Co. KG", "Pty Ltd"), leaving at least the first word.
-- The twin in TypeScript, tested against this one, is companyDedupeName (duplicates.rules.ts).
-- rapport_search_norm is written out with its schema named: PostgreSQL 17 and later build and
-- maintain indexes under a search_path of pg_catalog alone, and a SET search_path would keep this
-- function from being inlined into the scan's joins.
CREATE FUNCTION rapport_company_dedupe_name(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
    btrim(regexp_replace(
      regexp_replace(replace(btrim(regexp_replace(lower(public.rapport_unaccent(coalesce($1, ''))), '[^[:alnum:]@.+]+', ' ', 'g')), '.', ''), '[@+ ]+', ' ', 'g'),
      '(^| )(and|und|et|y)(?= |$)', '', 'g')),
    '( (inc|incorporated|ltd|limited|llc|llp|lp|plc|co|corp|corporation|company|gmbh|mbh|ag|kg|kgaa|ohg|ug|se|sa|sas|sarl|spa|srl|bv|nv|oy|oyj|ab|as|aps|pty|pte|pvt))+$',
    '')
$$;

-- Equal names looked up one record at a time (a company written through the API), and the whole
-- scan's groups; equality on text is leakproof, so this serves requests under row-level security.
CREATE INDEX companies_dedupe_name ON companies (workspace_id, rapport_company_dedupe_name(name))
  WHERE deleted_at IS NULL;
