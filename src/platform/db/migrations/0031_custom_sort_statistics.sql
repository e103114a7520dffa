-- Filters on a custom field now read the field's sort index (custom-fields.key-filter.ts). PostgreSQL
-- ignores a partial index's statistics when it estimates a condition, so it guessed "Tier is Silver"
-- at a two-hundredth of the records and read a quarter of a workspace from the index to sort it,
-- rather than walk the list's own order. Each sort index therefore gets extended statistics on its
-- workspace and its key together (custom-fields.sort-index.ts builds them with every new index);
-- these are the ones for the indexes built before, on the index's own first expression.
DO $$
DECLARE
  found record;
  tables regclass[] := '{}';
  t regclass;
BEGIN
  FOR found IN
    SELECT c.relname, i.indexrelid, i.indrelid::regclass AS tbl
    FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
    WHERE c.relkind = 'i' AND c.relname LIKE 'cf\_sort\_%'
  LOOP
    EXECUTE format('CREATE STATISTICS IF NOT EXISTS %I (mcv) ON workspace_id, (%s) FROM %s',
                   replace(found.relname, 'cf_sort_', 'cf_stats_'), pg_get_indexdef(found.indexrelid, 1, true),
                   found.tbl);
    IF NOT found.tbl = ANY(tables) THEN
      tables := tables || found.tbl;
    END IF;
  END LOOP;
  FOREACH t IN ARRAY tables LOOP
    EXECUTE format('ANALYZE %s', t);
  END LOOP;
END
$$;
