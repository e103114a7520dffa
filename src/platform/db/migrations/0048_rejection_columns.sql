-- The columns each rejected row's reason names, whose cells are the ones to fix (imports.commit.ts,
-- reason-columns.rules.ts): stored with the rejection, so the form that fixes rows marks those cells
-- and the rejection groups count a row with several problems under each of its columns. Rows
-- rejected before are given theirs by the same rule, from their import's header.
ALTER TABLE import_rejections ADD COLUMN columns text[] NOT NULL DEFAULT '{}';
UPDATE import_rejections r
SET columns = ARRAY(
  SELECT DISTINCT h FROM imports i, unnest(i.header) h
  WHERE i.workspace_id = r.workspace_id AND i.id = r.import_id AND h <> ''
    AND (left(r.reason, length(h) + 2) = h || ': ' OR strpos(r.reason, '. ' || h || ': ') > 0))
WHERE EXISTS (SELECT 1 FROM imports i WHERE i.workspace_id = r.workspace_id AND i.id = r.import_id AND i.header IS NOT NULL);
