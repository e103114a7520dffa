-- A change made through an API token names the token, so an admin can tell which integration made it
-- and find everything one token changed (GET /audit-log?apiTokenId=…, after a leak, say). Entries
-- written before this migration, and every change made otherwise (the web app, the CLI, jobs,
-- imports), have none.
--
-- No foreign key to api_tokens: a token goes with its membership (ON DELETE CASCADE), and the trail
-- is append-only, so a key would either stop a member's removal or fail it; the entry must outlive
-- the token. The audit API then names it as a token no longer on record.
ALTER TABLE record_changes ADD COLUMN api_token_id uuid;

-- Filled from the transaction's settings, beside app.actor_id and app.via (src/platform/db/transaction.ts),
-- by a default rather than in rapport_capture_changes: the trigger's INSERTs name their columns, so
-- they record it as they are, and a later version of the trigger cannot drop it by copying an older
-- one. Set apart from ADD COLUMN so that existing rows are not rewritten: they keep NULL.
ALTER TABLE record_changes
  ALTER COLUMN api_token_id SET DEFAULT nullif(current_setting('app.api_token_id', true), '')::uuid;

-- A token's changes, newest first. Only changes made with a token are indexed, so the web app's and
-- imports' writes pay nothing for it.
CREATE INDEX record_changes_api_token ON record_changes (workspace_id, api_token_id, id DESC)
  WHERE api_token_id IS NOT NULL;
