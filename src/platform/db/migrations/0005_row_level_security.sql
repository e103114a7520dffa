-- What the request role may touch. Sessions, password tokens and sign-in throttling are reached only
-- by the authentication code running as the owner, never by a request's role.
GRANT USAGE ON SCHEMA public TO rapport_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON workspaces, users, memberships, teams, team_members, api_tokens,
  idempotency_keys TO rapport_app;
GRANT SELECT, INSERT, UPDATE ON jobs, outbox_messages TO rapport_app;
GRANT SELECT ON record_changes TO rapport_app;
-- Invitations issue set-password links from a request; only sign-in code ever reads them back.
GRANT INSERT ON password_tokens TO rapport_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO rapport_app;

-- Tenant isolation, enforced again below the application: with app.workspace_id unset, nothing matches.
ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON workspaces
  USING (id = rapport_workspace_id()) WITH CHECK (id = rapport_workspace_id());

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['memberships', 'teams', 'team_members', 'api_tokens', 'idempotency_keys',
                           'record_changes', 'jobs', 'outbox_messages'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (workspace_id = rapport_workspace_id())
                    WITH CHECK (workspace_id = rapport_workspace_id())', t);
  END LOOP;
END $$;

-- Users are shared by the workspaces they belong to: a request sees only members of its workspace.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_only ON users FOR SELECT USING (
  EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.workspace_id = rapport_workspace_id()));
CREATE POLICY members_only_update ON users FOR UPDATE USING (
  EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.workspace_id = rapport_workspace_id()));

-- Inviting someone who may already have an account elsewhere must find them without seeing them:
-- this one narrow crossing returns only an id, never the other workspaces' data.
CREATE FUNCTION rapport_find_or_create_user(p_email text, p_name text) RETURNS TABLE (user_id uuid, created boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF rapport_workspace_id() IS NULL THEN
    RAISE EXCEPTION 'no workspace in this transaction' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO users (email, name) VALUES (lower(p_email), p_name)
  ON CONFLICT (email) DO NOTHING
  RETURNING id, true INTO user_id, created;
  IF user_id IS NULL THEN
    SELECT u.id, false INTO user_id, created FROM users u WHERE u.email = lower(p_email);
  END IF;
  RETURN NEXT;
END $$;
REVOKE ALL ON FUNCTION rapport_find_or_create_user(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport_find_or_create_user(text, text) TO rapport_app;
