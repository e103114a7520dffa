-- Rejected rows fixed in the app are imported again as a new import of the same header, mapping and
-- dedupe choice (imports.retry.ts). The new import names the one whose rows it holds; each rejected
-- row names the import that took it again, so the same row is not sent twice. Imports are removed
-- only with their workspace; SET NULL names its column so workspace_id, part of the key, stays.
ALTER TABLE imports ADD COLUMN retry_of uuid;
ALTER TABLE imports ADD FOREIGN KEY (workspace_id, retry_of) REFERENCES imports (workspace_id, id)
  ON DELETE SET NULL (retry_of);
CREATE INDEX imports_retry_of ON imports (workspace_id, retry_of) WHERE retry_of IS NOT NULL;

ALTER TABLE import_rejections ADD COLUMN retried_in uuid;
ALTER TABLE import_rejections ADD FOREIGN KEY (workspace_id, retried_in) REFERENCES imports (workspace_id, id)
  ON DELETE SET NULL (retried_in);
