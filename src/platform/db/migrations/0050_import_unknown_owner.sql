-- What an import does with a row whose owner (a member's e-mail or user id) is not an active member of
-- the workspace, as a file from another CRM or workspace names people who are not users here: 'reject'
-- the row (as before this migration), or 'ignore' its owner cell: a new record is then owned by whoever
-- started the import, a record it updates keeps its owner. Given at the start (POST
-- /imports/{id}/start, unknownOwner) or for a retry of the rejected rows.
ALTER TABLE imports ADD COLUMN unknown_owner text NOT NULL DEFAULT 'reject'
  CONSTRAINT imports_unknown_owner_check CHECK (unknown_owner IN ('reject', 'ignore'));
