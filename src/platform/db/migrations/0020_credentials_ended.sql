-- An events socket lives as long as the credential it connected with. Each server re-checks its
-- sockets' credentials every minute; this says at once, to every server, that a session was signed
-- out (here or "everywhere") or an API token revoked, so its sockets close now.
CREATE FUNCTION rapport_notify_credential_ended() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('rapport_credentials_ended', NEW.id::text);
  RETURN NULL;
END $$;

CREATE TRIGGER sessions_ended AFTER UPDATE OF revoked_at ON sessions
  FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
  EXECUTE FUNCTION rapport_notify_credential_ended();
CREATE TRIGGER api_tokens_ended AFTER UPDATE OF revoked_at ON api_tokens
  FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
  EXECUTE FUNCTION rapport_notify_credential_ended();
