-- Cheaper functions behind people's and companies' generated columns, with the same results.
--
-- Measured on PostgreSQL 15 (backend CPU over 100,000 "First Last" names, docs/benchmarks.md):
-- rapport_name_keys took 2.4–2.6 s, most of it not the letter sorts but rapport_search_norm evaluated
-- inside the body of a SQL function that cannot be inlined (it aggregates); called from an inlinable
-- wrapper, the normalisation runs in the caller's expression (as cheap as search_name's) and only the
-- sorting is left to the inner function: 1.5 s. rapport_jsonb_values set up a set-returning function
-- for arrays that nearly always hold one element (0.34 s net per column): a plain expression now
-- answers for none or one (0.07 s), the old query only for two or more.
--
-- Both keep their signatures and return exactly what the definitions of migration 0007 return
-- (tests/platform/generated-columns.test.ts compares them on arbitrary Unicode), so the stored
-- columns already hold what the new definitions compute: no column or index needs rebuilding.

-- The keys of an already normalised name: each word of two letters or more with its letters sorted,
-- distinct and sorted, as 0007 built them (ORDER BY on text: the database's collation, as before).
CREATE FUNCTION rapport_word_keys(norm text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT array_to_string(ARRAY(SELECT unnest(string_to_array(word, NULL)) ORDER BY 1), '')), '{}')
  FROM unnest(string_to_array(norm, ' ')) word
  WHERE length(word) > 1
$$;

CREATE OR REPLACE FUNCTION rapport_name_keys(text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT rapport_word_keys(rapport_search_norm($1))
$$;

CREATE FUNCTION rapport_jsonb_values_of_many(items jsonb, key text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(item->>key) FILTER (WHERE item->>key IS NOT NULL), '{}')
  FROM jsonb_array_elements(items) item
$$;

CREATE OR REPLACE FUNCTION rapport_jsonb_values(items jsonb, key text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN jsonb_typeof(items) IS DISTINCT FROM 'array' THEN '{}'::text[]
    WHEN jsonb_array_length(items) = 0 THEN '{}'::text[]
    WHEN jsonb_array_length(items) = 1 THEN
      CASE WHEN items->0->>key IS NULL THEN '{}'::text[] ELSE ARRAY[items->0->>key] END
    ELSE rapport_jsonb_values_of_many(items, key) END
$$;
