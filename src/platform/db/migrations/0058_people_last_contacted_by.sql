-- People lists filtered on "last contacted by" (whom a member was last in touch with) walked the sort's
-- index and read each row to test it: cheap for a member in touch with many, a walk of the whole
-- workspace for one in touch with few. As `people_owner` does for the owner: the member's people in the
-- default order (-updatedAt), and a short bitmap scan for any other sort. Only people someone on the
-- team contacted last are in it, so imports (nobody yet) and customers who wrote last add nothing.
CREATE INDEX people_last_contacted_by ON people (workspace_id, last_contacted_by, updated_at, id)
  WHERE deleted_at IS NULL AND last_contacted_by IS NOT NULL;
