-- People lists sorted by "last contacted" (sort=lastContactedAt, the list views' column) had no index
-- to walk: every page sorted all of a workspace's people (3.7 s for the first page of a stage's
-- people at 1,000,000 people). This one matches the keyset expression of peopleSorts
-- (people.fields.ts), so a page reads its rows in order and page 10,000 costs what page 1 costs.
CREATE INDEX people_last_contacted ON people (workspace_id, coalesce(last_contacted_at, '-infinity'::timestamptz), id)
  WHERE deleted_at IS NULL;
