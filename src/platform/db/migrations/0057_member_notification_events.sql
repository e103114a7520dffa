-- The header's bell follows its own member's notifications through the events socket: a statement
-- that writes notifications (a note's mentions, marking read) says, per member concerned, that their
-- notifications changed (NOTIFY rapport_member_notifications), and the hub tells only that member's
-- sockets. Before, every timeline entry in the workspace made every open bell refetch.
-- Ids and nothing else, like rapport_changes: the client re-reads through the API.
CREATE FUNCTION rapport_notify_member_notifications() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('rapport_member_notifications',
                    json_build_object('workspaceId', w.workspace_id, 'userId', w.user_id)::text)
  FROM (SELECT DISTINCT workspace_id, user_id FROM written) w;
  RETURN NULL;
END
$$;
-- Transition tables allow one event per trigger.
CREATE TRIGGER notifications_inserted_notify AFTER INSERT ON notifications
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION rapport_notify_member_notifications();
CREATE TRIGGER notifications_updated_notify AFTER UPDATE ON notifications
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION rapport_notify_member_notifications();
CREATE TRIGGER notifications_deleted_notify AFTER DELETE ON notifications
  REFERENCING OLD TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION rapport_notify_member_notifications();
