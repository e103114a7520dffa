-- The consent ledger: every grant and withdrawal a person gave, per purpose and channel, as it was
-- recorded. Nothing is ever edited or removed: the current state is derived from the events (see
-- src/modules/consents/consents.rules.ts), so the ledger is its own evidence of who said what, when.
CREATE TABLE consent_events (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT rapport_uuidv7(),
  person_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose ~ '^[a-z][a-z0-9_]{1,62}$'),
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'phone', 'post', 'any')),
  status text NOT NULL CHECK (status IN ('granted', 'withdrawn')),
  lawful_basis text NOT NULL DEFAULT 'consent'
    CHECK (lawful_basis IN ('consent', 'contract', 'legal_obligation', 'legitimate_interest')),
  source text NOT NULL
    CHECK (source IN ('form', 'import', 'api', 'portal', 'manual', 'chat', 'mail', 'unsubscribe_link')),
  -- The wording shown, the form's address, the message: what proves the event.
  evidence text CHECK (length(evidence) <= 2000),
  -- When the customer gave or withdrew it (may be before it was recorded, never after: the margin
  -- allows for a client clock a little ahead of the server's).
  occurred_at timestamptz NOT NULL,
  recorded_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  CHECK (occurred_at <= created_at + interval '5 minutes'),
  FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id),
  FOREIGN KEY (workspace_id, recorded_by) REFERENCES memberships (workspace_id, user_id)
);
-- The latest event per (person, purpose, channel) is the first entry of its range; a person's whole
-- ledger is one range too (a person has tens of events, sorted in memory).
CREATE INDEX consent_events_latest ON consent_events
  (workspace_id, person_id, purpose, channel, occurred_at DESC, id DESC);
-- Who currently has a purpose: walked in person order for keyset pages, the latest event of each
-- person first.
CREATE INDEX consent_events_purpose ON consent_events
  (workspace_id, purpose, person_id, occurred_at DESC, id DESC);

-- Append-only, like record_changes, with one exception: a merge moves a person's events to the
-- person kept, and its undo moves them back. So an update may change person_id and nothing else,
-- and nothing may be deleted (not even by the owner role; erasure will need its own explicit path).
CREATE FUNCTION rapport_consent_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'person_id') = (to_jsonb(OLD) - 'person_id') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'consent_events is append-only (only a merge may move an event to another person)'
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER consent_events_append_only BEFORE UPDATE OR DELETE ON consent_events
  FOR EACH ROW EXECUTE FUNCTION rapport_consent_events_append_only();

SELECT rapport_audit_table('consent_events', 'consent_event', 'id');

ALTER TABLE consent_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON consent_events USING (workspace_id = rapport_workspace_id())
  WITH CHECK (workspace_id = rapport_workspace_id());
-- The request role may add events and repoint them (merges); the trigger above guards the rest even
-- for the owner.
GRANT SELECT, INSERT ON consent_events TO rapport_app;
GRANT UPDATE (person_id) ON consent_events TO rapport_app;

-- A consent event lands in the person's contact history.
ALTER TABLE activities DROP CONSTRAINT activities_type_check;
ALTER TABLE activities ADD CONSTRAINT activities_type_check CHECK (type IN ('email', 'call', 'meeting', 'note',
  'chat', 'ticket', 'campaign', 'order', 'form', 'portal', 'social', 'stage_change', 'task', 'consent', 'other'))
  NOT VALID;
-- The new list only adds a type, so every row passes; validating apart takes no lock that blocks writes.
ALTER TABLE activities VALIDATE CONSTRAINT activities_type_check;
