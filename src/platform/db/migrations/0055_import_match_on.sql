-- The unique custom field an import matches rows by before their e-mails (people) or domains
-- (companies): an ID from another system (migration 0054), so a file exported again from that system
-- updates the records its first import made, whatever their e-mails have become.
ALTER TABLE imports ADD COLUMN match_on text;
