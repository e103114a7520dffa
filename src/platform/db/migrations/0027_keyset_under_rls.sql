-- Keyset pages deep in a list walk their index under row-level security too.
--
-- A request reads as rapport_app, under the workspace policies. PostgreSQL then uses a condition as
-- an index condition only if it cannot leak (leakproof): it knows CASE, IS NULL, and the comparison
-- of text, uuid, smallint and timestamps to be so, but not COALESCE nor a call of array_position.
-- A page's cursor condition `(coalesce(last_name, ''), id) > ($1, $2)` was therefore a filter on an
-- index walked from its start: page 2,000 of people by last name read and dropped 100,000 entries
-- (190 ms on 1,000,000 people, against 1.5 ms for the plain updated_at). The sort expressions are
-- written as CASE instead, same values, and their indexes rebuilt on them; lists build them with
-- `nullSortKey` (src/platform/http/pagination.ts), which must stay the same expression.
CREATE OR REPLACE FUNCTION rapport_stage_rank(stage text) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE stage
    WHEN 'subscriber' THEN 1::smallint WHEN 'lead' THEN 2::smallint WHEN 'qualified' THEN 3::smallint
    WHEN 'opportunity' THEN 4::smallint WHEN 'customer' THEN 5::smallint WHEN 'evangelist' THEN 6::smallint
    WHEN 'churned' THEN 7::smallint WHEN 'other' THEN 8::smallint ELSE 9::smallint END
$$;

DROP INDEX people_stage_rank;
CREATE INDEX people_stage_rank ON people (workspace_id, rapport_stage_rank(lifecycle_stage), id)
  WHERE deleted_at IS NULL;

DROP INDEX people_last_name;
DROP INDEX people_first_name;
DROP INDEX people_email;
DROP INDEX people_last_contacted;
CREATE INDEX people_last_name ON people (workspace_id, (CASE WHEN last_name IS NULL THEN '' ELSE last_name END), id)
  WHERE deleted_at IS NULL;
CREATE INDEX people_first_name ON people (workspace_id, (CASE WHEN first_name IS NULL THEN '' ELSE first_name END), id)
  WHERE deleted_at IS NULL;
CREATE INDEX people_email ON people (workspace_id, (CASE WHEN email IS NULL THEN '' ELSE email END), id)
  WHERE deleted_at IS NULL;
CREATE INDEX people_last_contacted ON people (workspace_id,
  (CASE WHEN last_contacted_at IS NULL THEN '-infinity'::timestamptz ELSE last_contacted_at END), id)
  WHERE deleted_at IS NULL;

DROP INDEX tasks_due;
DROP INDEX tasks_person;
DROP INDEX tasks_company;
DROP INDEX tasks_assignee;
CREATE INDEX tasks_due ON tasks (workspace_id, (CASE WHEN due_at IS NULL THEN 'infinity'::timestamptz ELSE due_at END), id)
  WHERE deleted_at IS NULL;
CREATE INDEX tasks_person ON tasks (workspace_id, person_id, status,
  (CASE WHEN due_at IS NULL THEN 'infinity'::timestamptz ELSE due_at END), id)
  WHERE person_id IS NOT NULL;
CREATE INDEX tasks_company ON tasks (workspace_id, company_id, status,
  (CASE WHEN due_at IS NULL THEN 'infinity'::timestamptz ELSE due_at END), id)
  WHERE company_id IS NOT NULL;
CREATE INDEX tasks_assignee ON tasks (workspace_id, assignee_id, status,
  (CASE WHEN due_at IS NULL THEN 'infinity'::timestamptz ELSE due_at END), id)
  WHERE deleted_at IS NULL;
