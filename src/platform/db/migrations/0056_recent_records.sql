-- The records each member opened last (search/recent.service.ts): the header's search offers them
-- before anything is typed, and Home lists them. One row per member and record, moved to the top by
-- each visit; the service keeps a member's latest 50. A visit is not a change to a customer's record,
-- so it is not in the audit trail, and it holds nothing but ids and a time.
CREATE TABLE recent_records (
  workspace_id uuid NOT NULL,
  user_id uuid NOT NULL,
  -- Deals and tickets join the list as search gains them (the same kinds as search's hits).
  record_type text NOT NULL CHECK (record_type IN ('person', 'company')),
  record_id uuid NOT NULL,
  viewed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (workspace_id, user_id, record_type, record_id),
  FOREIGN KEY (workspace_id, user_id) REFERENCES memberships (workspace_id, user_id) ON DELETE CASCADE
);
CREATE INDEX recent_records_latest ON recent_records (workspace_id, user_id, viewed_at DESC);
-- A record removed for good (erasure, a purge) leaves no trace in anyone's list.
CREATE INDEX recent_records_record ON recent_records (workspace_id, record_type, record_id);

-- What a member opened is theirs alone: the request role sees and writes only its own member's rows.
ALTER TABLE recent_records ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON recent_records
  USING (workspace_id = rapport_workspace_id()
         AND user_id = nullif(current_setting('app.actor_id', true), '')::uuid)
  WITH CHECK (workspace_id = rapport_workspace_id()
              AND user_id = nullif(current_setting('app.actor_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON recent_records TO rapport_app;

-- Runs as the owner: a record deleted by one member leaves every member's list.
CREATE FUNCTION rapport_forget_recent() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM recent_records r
  USING gone g
  WHERE r.workspace_id = g.workspace_id AND r.record_type = TG_ARGV[0] AND r.record_id = g.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER people_forget_recent AFTER DELETE ON people
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION rapport_forget_recent('person');
CREATE TRIGGER companies_forget_recent AFTER DELETE ON companies
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION rapport_forget_recent('company');
