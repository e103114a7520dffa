-- People sorted by lifecycle stage come in the order of the funnel (subscriber, lead, qualified,
-- opportunity, customer, evangelist, churned, other), not the alphabet ("churned" before "lead").
-- The rank is a column-free expression so that a keyset page sorted by it walks this index, page
-- 10,000 as fast as page 1. The stages are those of people's CHECK (0007) and LIFECYCLE_STAGES in
-- people.rules.ts, in that order (a test compares them); an unknown stage ranks last.
CREATE FUNCTION rapport_stage_rank(stage text) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_position(
    ARRAY['subscriber', 'lead', 'qualified', 'opportunity', 'customer', 'evangelist', 'churned', 'other'],
    stage), 9)::smallint
$$;

CREATE INDEX people_stage_rank ON people (workspace_id, rapport_stage_rank(lifecycle_stage), id)
  WHERE deleted_at IS NULL;
