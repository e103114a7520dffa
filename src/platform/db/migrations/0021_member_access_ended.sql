-- As 0020 for a member whose access to a workspace ends or changes: deactivated, given another role
-- or removed. Their sessions in that workspace and their API tokens for it are named on
-- rapport_credentials_ended, so every server closes those events sockets at once instead of at its
-- minute's re-check; the web app then asks who is signed in and follows the answer.
-- SECURITY DEFINER: sessions span workspaces and are not readable under the request role.
CREATE FUNCTION rapport_notify_member_access_ended() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('rapport_credentials_ended', s.id::text)
    FROM sessions s
   WHERE s.user_id = OLD.user_id AND s.workspace_id = OLD.workspace_id AND s.revoked_at IS NULL;
  PERFORM pg_notify('rapport_credentials_ended', t.id::text)
    FROM api_tokens t
   WHERE t.workspace_id = OLD.workspace_id AND t.user_id = OLD.user_id AND t.revoked_at IS NULL;
  RETURN OLD;
END $$;

CREATE TRIGGER memberships_access_changed AFTER UPDATE OF status, role ON memberships
  FOR EACH ROW WHEN (OLD.status = 'active' AND (NEW.status <> 'active' OR NEW.role <> OLD.role))
  EXECUTE FUNCTION rapport_notify_member_access_ended();
-- BEFORE, so the member's API tokens are still there to be named (they go with the membership).
CREATE TRIGGER memberships_removed BEFORE DELETE ON memberships
  FOR EACH ROW WHEN (OLD.status = 'active')
  EXECUTE FUNCTION rapport_notify_member_access_ended();
