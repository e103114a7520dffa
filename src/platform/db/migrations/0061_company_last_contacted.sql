-- A company's last contact, kept on the company so that its list can show, filter and sort by it
-- ("accounts nobody has been in touch with for 90 days") at 200,000 companies. Worked out from the
-- history when read, it costs a walk of each company's people: too much for a sorted page.
--
-- The rule is the overview's (src/modules/overview/last-contact.ts, companyLastContact): the later of
-- its people's own last contact (for someone who has left, only a contact before they left: one in
-- their next job is not this company's) and the latest contact in the company's own history (a call
-- to its switchboard naming nobody). It is kept in step by the triggers below, on every write of
-- the rows it is made of (people's last contact and deletion, employments, entries), so the API,
-- imports, the demo's COPY, merges and their undoing, and erasure keep it true without knowing of it.
--
-- Derived, not edited by anyone: no version bump, no audit entry.
ALTER TABLE companies ADD COLUMN last_contacted_at timestamptz;

-- Is an entry a contact? timeline.rules.ts `isContact` and `contactSql` say the same (a test holds
-- them to it): a meeting unless internal; an e-mail, call or chat in or out.
CREATE FUNCTION rapport_is_contact(entry_type text, entry_direction text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN entry_type = 'meeting' THEN entry_direction IS DISTINCT FROM 'internal'
              ELSE entry_type IN ('email', 'call', 'chat') AND coalesce(entry_direction IN ('inbound', 'outbound'), false) END
$$;

-- Writes the companies' last contacts that change, and nothing when none does: an UPDATE of no row
-- still fires the statement triggers of companies (the audit trail's, the unique values'), a
-- millisecond a contact. A raise (`only_later`) is checked again on the row it writes, which a
-- concurrent contact may have moved further meanwhile.
CREATE FUNCTION rapport_write_company_contacts(ws uuid[], ids uuid[], ats timestamptz[], only_later boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF cardinality(ids) > 0 THEN
    UPDATE companies co SET last_contacted_at = changed.at
    FROM unnest(ws, ids, ats) AS changed (ws, id, at)
    WHERE co.workspace_id = changed.ws AND co.id = changed.id
      AND (NOT only_later OR co.last_contacted_at IS NULL OR co.last_contacted_at < changed.at);
  END IF;
END $$;

-- Works out again the last contact of the companies named, from the rows it is made of.
CREATE FUNCTION rapport_refresh_company_contacts(ws uuid[], ids uuid[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  changed_ws uuid[]; changed_ids uuid[]; changed_ats timestamptz[];
BEGIN
  -- The companies' rows first: a contact being logged holds the row it raised, and the working out
  -- below, a statement of its own, then reads after that contact commits (READ COMMITTED). Worked out
  -- before the lock, it would write what was there before the contact.
  PERFORM 1 FROM companies co
  JOIN (SELECT DISTINCT w, c FROM unnest(ws, ids) AS pair (w, c)) AS named (ws, id)
    ON co.workspace_id = named.ws AND co.id = named.id
  ORDER BY co.workspace_id, co.id
  FOR UPDATE OF co;
  SELECT array_agg(fresh.ws), array_agg(fresh.id), array_agg(fresh.at)
  INTO changed_ws, changed_ids, changed_ats
  FROM (
    SELECT named.ws, named.id, greatest(
      (SELECT max(p.last_contacted_at)
       FROM employments e
       JOIN people p ON p.workspace_id = e.workspace_id AND p.id = e.person_id AND p.deleted_at IS NULL
       WHERE e.workspace_id = named.ws AND e.company_id = named.id
         AND (e.ended_on IS NULL OR p.last_contacted_at < (e.ended_on + 1)::timestamptz)),
      (SELECT a.occurred_at
       FROM activities a
       WHERE a.workspace_id = named.ws AND a.company_id = named.id AND a.deleted_at IS NULL
         AND rapport_is_contact(a.type, a.direction)
       ORDER BY a.occurred_at DESC LIMIT 1)) AS at
    FROM (SELECT DISTINCT w, c FROM unnest(ws, ids) AS pair (w, c)) AS named (ws, id)
  ) fresh
  JOIN companies co ON co.workspace_id = fresh.ws AND co.id = fresh.id
  WHERE co.last_contacted_at IS DISTINCT FROM fresh.at;
  PERFORM rapport_write_company_contacts(changed_ws, changed_ids, changed_ats, false);
END $$;

-- A later contact only moves a company's last contact forward: no need to work it out again.
CREATE FUNCTION rapport_raise_company_contacts(ws uuid[], ids uuid[], ats timestamptz[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  changed_ws uuid[]; changed_ids uuid[]; changed_ats timestamptz[];
BEGIN
  SELECT array_agg(later.ws), array_agg(later.id), array_agg(later.at)
  INTO changed_ws, changed_ids, changed_ats
  FROM (SELECT w, c, max(t) FROM unnest(ws, ids, ats) AS pair (w, c, t) WHERE t IS NOT NULL GROUP BY w, c)
    AS later (ws, id, at)
  JOIN companies co ON co.workspace_id = later.ws AND co.id = later.id
  WHERE co.last_contacted_at IS NULL OR co.last_contacted_at < later.at;
  PERFORM rapport_write_company_contacts(changed_ws, changed_ids, changed_ats, true);
END $$;

-- People: a last contact moved later raises their companies'; moved earlier (an entry deleted or
-- re-dated, a merge undone), or the person deleted or restored, works theirs out again. Creations
-- need nothing: a new person works nowhere until their employments are written.
CREATE FUNCTION rapport_people_company_contacts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  raise_ws uuid[]; raise_ids uuid[]; raise_ats timestamptz[];
  again_ws uuid[]; again_ids uuid[];
BEGIN
  WITH changed AS (
    SELECT n.workspace_id, n.id, n.last_contacted_at AS at,
      -- Not NULL when the person has no contact left: that works their companies' out again.
      coalesce(o.deleted_at IS NULL AND n.deleted_at IS NULL
        AND n.last_contacted_at > coalesce(o.last_contacted_at, '-infinity'), false) AS later
    FROM old_rows o JOIN new_rows n ON n.workspace_id = o.workspace_id AND n.id = o.id
    WHERE o.last_contacted_at IS DISTINCT FROM n.last_contacted_at OR o.deleted_at IS DISTINCT FROM n.deleted_at)
  SELECT array_agg(e.workspace_id) FILTER (WHERE c.later), array_agg(e.company_id) FILTER (WHERE c.later),
         array_agg(CASE WHEN e.ended_on IS NULL OR c.at < (e.ended_on + 1)::timestamptz THEN c.at END)
           FILTER (WHERE c.later),
         array_agg(e.workspace_id) FILTER (WHERE NOT c.later), array_agg(e.company_id) FILTER (WHERE NOT c.later)
  INTO raise_ws, raise_ids, raise_ats, again_ws, again_ids
  FROM changed c JOIN employments e ON e.workspace_id = c.workspace_id AND e.person_id = c.id;
  IF raise_ws IS NOT NULL THEN PERFORM rapport_raise_company_contacts(raise_ws, raise_ids, raise_ats); END IF;
  IF again_ws IS NOT NULL THEN PERFORM rapport_refresh_company_contacts(again_ws, again_ids); END IF;
  RETURN NULL;
END $$;

-- Employments: a new one raises the company's to the person's last contact (while they worked there);
-- a changed or removed one works out again both companies' (a person who left, or moved to another).
CREATE FUNCTION rapport_employments_company_contacts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  some_ws uuid[]; some_ids uuid[]; some_ats timestamptz[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.workspace_id), array_agg(n.company_id), array_agg(p.last_contacted_at)
    INTO some_ws, some_ids, some_ats
    FROM new_rows n
    JOIN people p ON p.workspace_id = n.workspace_id AND p.id = n.person_id AND p.deleted_at IS NULL
    WHERE p.last_contacted_at IS NOT NULL
      AND (n.ended_on IS NULL OR p.last_contacted_at < (n.ended_on + 1)::timestamptz);
    IF some_ws IS NOT NULL THEN PERFORM rapport_raise_company_contacts(some_ws, some_ids, some_ats); END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(pair.ws), array_agg(pair.id) INTO some_ws, some_ids
    FROM old_rows o JOIN new_rows n ON n.workspace_id = o.workspace_id AND n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.workspace_id, o.company_id), (n.workspace_id, n.company_id)) AS pair (ws, id)
    WHERE o.person_id IS DISTINCT FROM n.person_id OR o.company_id IS DISTINCT FROM n.company_id
      OR o.ended_on IS DISTINCT FROM n.ended_on;
    IF some_ws IS NOT NULL THEN PERFORM rapport_refresh_company_contacts(some_ws, some_ids); END IF;
  ELSE
    SELECT array_agg(o.workspace_id), array_agg(o.company_id) INTO some_ws, some_ids FROM old_rows o;
    IF some_ws IS NOT NULL THEN PERFORM rapport_refresh_company_contacts(some_ws, some_ids); END IF;
  END IF;
  RETURN NULL;
END $$;

-- Entries: a new contact raises its company's; one changed in what counts (its time, company, type,
-- direction, deletion) or removed works out again the company it was a contact of, and raises the
-- one it is a contact of now.
CREATE FUNCTION rapport_activities_company_contacts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  some_ws uuid[]; some_ids uuid[]; some_ats timestamptz[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.workspace_id), array_agg(n.company_id), array_agg(n.occurred_at)
    INTO some_ws, some_ids, some_ats
    FROM new_rows n
    WHERE n.company_id IS NOT NULL AND n.deleted_at IS NULL AND rapport_is_contact(n.type, n.direction);
    IF some_ws IS NOT NULL THEN PERFORM rapport_raise_company_contacts(some_ws, some_ids, some_ats); END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(n.workspace_id), array_agg(n.company_id), array_agg(n.occurred_at)
    INTO some_ws, some_ids, some_ats
    FROM old_rows o JOIN new_rows n ON n.workspace_id = o.workspace_id AND n.id = o.id
    WHERE (o.occurred_at, o.company_id, o.type, o.direction, o.deleted_at)
      IS DISTINCT FROM (n.occurred_at, n.company_id, n.type, n.direction, n.deleted_at)
      AND n.company_id IS NOT NULL AND n.deleted_at IS NULL AND rapport_is_contact(n.type, n.direction);
    IF some_ws IS NOT NULL THEN PERFORM rapport_raise_company_contacts(some_ws, some_ids, some_ats); END IF;
    SELECT array_agg(o.workspace_id), array_agg(o.company_id) INTO some_ws, some_ids
    FROM old_rows o JOIN new_rows n ON n.workspace_id = o.workspace_id AND n.id = o.id
    WHERE (o.occurred_at, o.company_id, o.type, o.direction, o.deleted_at)
      IS DISTINCT FROM (n.occurred_at, n.company_id, n.type, n.direction, n.deleted_at)
      AND o.company_id IS NOT NULL AND o.deleted_at IS NULL AND rapport_is_contact(o.type, o.direction);
    IF some_ws IS NOT NULL THEN PERFORM rapport_refresh_company_contacts(some_ws, some_ids); END IF;
  ELSE
    SELECT array_agg(o.workspace_id), array_agg(o.company_id) INTO some_ws, some_ids
    FROM old_rows o
    WHERE o.company_id IS NOT NULL AND o.deleted_at IS NULL AND rapport_is_contact(o.type, o.direction);
    IF some_ws IS NOT NULL THEN PERFORM rapport_refresh_company_contacts(some_ws, some_ids); END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER company_contacts_updates AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_people_company_contacts();
CREATE TRIGGER company_contacts_inserts AFTER INSERT ON employments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_employments_company_contacts();
CREATE TRIGGER company_contacts_updates AFTER UPDATE ON employments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_employments_company_contacts();
CREATE TRIGGER company_contacts_deletes AFTER DELETE ON employments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_employments_company_contacts();
CREATE TRIGGER company_contacts_inserts AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_activities_company_contacts();
CREATE TRIGGER company_contacts_updates AFTER UPDATE ON activities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_activities_company_contacts();
CREATE TRIGGER company_contacts_deletes AFTER DELETE ON activities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_activities_company_contacts();

-- The audit trail leaves the derived column out, as it does people's last contact.
DROP TRIGGER capture_inserts ON companies;
DROP TRIGGER capture_updates ON companies;
DROP TRIGGER capture_deletes ON companies;
SELECT rapport_audit_table('companies', 'company', 'id', '{search_name,name_keys,domain,last_contacted_at}');

-- The list's sort, as people_last_contacted: never contacted sorts as the oldest.
CREATE INDEX companies_last_contacted ON companies (workspace_id,
  (CASE WHEN last_contacted_at IS NULL THEN '-infinity'::timestamptz ELSE last_contacted_at END), id)
  WHERE deleted_at IS NULL;

SELECT rapport_refresh_company_contacts(array_agg(workspace_id), array_agg(id)) FROM companies;
