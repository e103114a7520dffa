-- People and companies are matched for duplicates as they change, by the change consumer
-- "duplicates" (src/modules/duplicates/jobs.ts). It starts at the stream's end: the records written
-- before it are the daily sweep's, which scans every workspace written to since its last scan, once,
-- where reading back a database's whole history would match each of its records again.
INSERT INTO event_consumers (name, last_txid, last_id)
SELECT 'duplicates', coalesce(max(txid), '0'), coalesce(max(id), 0) FROM record_changes
ON CONFLICT (name) DO NOTHING;

-- A record's page shows the open pairs it is in (GET /duplicates?recordId=…).
CREATE INDEX duplicate_candidates_first ON duplicate_candidates (workspace_id, first_id);
CREATE INDEX duplicate_candidates_second ON duplicate_candidates (workspace_id, second_id);

-- The rule "same full name, no e-mail" looks names up by equality. The trigram index answers that
-- too, but reads some 500 pages a name; matching 500 records took 309 ms of 525 at 1,000,000
-- people. Few people have no e-mail (1.5 % of the demo's), so this index is small and costs
-- nothing to the others' writes.
CREATE INDEX people_name_without_email ON people (workspace_id, search_name)
  WHERE email IS NULL AND deleted_at IS NULL;
