-- The bell asks on every page how many of a member's notifications are unread, and its "Unread" tab
-- lists them newest first. Both walked all the member's notifications, read and unread, testing each:
-- a count that grows with every mention ever received. Only the unread are in this index, in the list's
-- order, so the count reads as many entries as there are unread and the tab's page is a short walk.
CREATE INDEX notifications_unread ON notifications (workspace_id, user_id, created_at DESC, id DESC)
  WHERE read_at IS NULL;
