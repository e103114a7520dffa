-- An import started with an API token (POST /imports/{id}/start, or /retry for its rejected rows)
-- names the token, as the request that started it would have: its job writes under it, so every
-- change the import makes names the token in the audit trail (record_changes.api_token_id, 0038) and
-- GET /audit-log?apiTokenId=… lists them. Set when the import is queued; NULL when it was started from
-- the web app or the CLI, and for imports started before this migration.
--
-- No foreign key to api_tokens, as for record_changes.api_token_id: a token goes with its membership
-- (ON DELETE CASCADE) and can be revoked while its import runs, and an import stays as the history of
-- what it wrote, so it keeps naming the token it was started with. Read only with the import's own
-- row (workspace_id, id): no index.
ALTER TABLE imports ADD COLUMN api_token_id uuid;

-- Nor is it a change of the import's to audit: the entry of the request that set it names the token
-- already, as every entry of a change made with one does. Left out as run_id is (0030).
DROP TRIGGER capture_inserts ON imports;
DROP TRIGGER capture_updates ON imports;
DROP TRIGGER capture_deletes ON imports;
SELECT rapport_audit_table('imports', 'import', 'id',
  '{upload_token,rows_done,bytes_done,created_count,updated_count,skipped_count,rejected_count,companies_created,run_id,api_token_id}');
