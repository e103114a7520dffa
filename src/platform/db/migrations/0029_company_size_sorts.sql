-- Companies sorted by head count or annual revenue walk an index too, on the lists' sort keys
-- (nullSortKey: a company without the figure sorts first). At 200,000 companies a page sorted all of
-- a workspace's companies before. Head count is an integer, whose comparison is leakproof, so a deep
-- page seeks its cursor in the index under row-level security (migration 0027). Revenue is numeric,
-- whose comparison PostgreSQL does not count as leakproof: its pages come in index order, and a deep
-- page reads the entries before its cursor.
CREATE INDEX companies_employees ON companies (workspace_id,
  (CASE WHEN employees IS NULL THEN -1 ELSE employees END), id) WHERE deleted_at IS NULL;
CREATE INDEX companies_revenue ON companies (workspace_id,
  (CASE WHEN annual_revenue IS NULL THEN -1 ELSE annual_revenue END), id) WHERE deleted_at IS NULL;
