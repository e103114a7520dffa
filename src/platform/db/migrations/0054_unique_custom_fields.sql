-- Custom fields whose values no two live records share: an ID from another system (a HubSpot record
-- ID, a Salesforce ID, a customer number), which a re-import matches records by.
--
-- The values are registered in a table of their own, keyed by field and value, rather than in a
-- unique index per field on people or companies: one index per field of every workspace would be
-- checked on every write of every workspace, and the table is distributed by workspace like any
-- other (Citus). Every write of a record keeps it true through the triggers below, so the API, bulk
-- edits, imports, merges and their undoing are all held to it without knowing of it. A record in
-- the trash or merged away holds nothing: its values are free again, and restoring it is refused if
-- another record took one meanwhile.
ALTER TABLE custom_fields ADD COLUMN unique_values boolean NOT NULL DEFAULT false;
ALTER TABLE custom_fields ADD CONSTRAINT custom_fields_unique_types
  CHECK (NOT unique_values OR type IN ('text', 'number', 'url', 'email', 'phone'));

CREATE TABLE custom_unique_values (
  workspace_id uuid NOT NULL,
  field_id uuid NOT NULL,
  value text NOT NULL,
  record_id uuid NOT NULL,
  PRIMARY KEY (workspace_id, field_id, value),
  FOREIGN KEY (workspace_id, field_id) REFERENCES custom_fields (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX custom_unique_values_records ON custom_unique_values (workspace_id, record_id);
ALTER TABLE custom_unique_values ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON custom_unique_values USING (workspace_id = rapport_workspace_id())
  WITH CHECK (workspace_id = rapport_workspace_id());
GRANT SELECT, INSERT, DELETE ON custom_unique_values TO rapport_app;

-- The lock a writer of records shares and the making of a field unique takes alone
-- (custom-fields.unique.ts): the values it finds are then all the values there are.
CREATE FUNCTION rapport_lock_unique_values(ws uuid, exclusive boolean) RETURNS void
LANGUAGE sql AS $$
  SELECT CASE WHEN exclusive THEN pg_advisory_xact_lock(20540, hashtext(ws::text))
              ELSE pg_advisory_xact_lock_shared(20540, hashtext(ws::text)) END
$$;
GRANT EXECUTE ON FUNCTION rapport_lock_unique_values(uuid, boolean) TO rapport_app;

-- Statement-level, with transition tables, so a batch of an import costs one look-up of the fields
-- and, in a workspace without a unique field, nothing more. A clash is raised as a unique violation
-- that names the field's key as its column and says the value, for the API to point at.
CREATE FUNCTION rapport_unique_values() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  object text := TG_ARGV[0];
  workspaces uuid[];
  clash record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT workspace_id) INTO workspaces FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT workspace_id) INTO workspaces FROM new_rows;
  END IF;
  PERFORM rapport_lock_unique_values(w, false) FROM unnest(workspaces) w ORDER BY w;
  IF NOT EXISTS (SELECT 1 FROM custom_fields f WHERE f.workspace_id = ANY (workspaces)
                 AND f.object_type = object AND f.unique_values) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM custom_unique_values u USING old_rows o
    WHERE u.workspace_id = o.workspace_id AND u.record_id = o.id;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN NULL;
  END IF;
  BEGIN
    INSERT INTO custom_unique_values (workspace_id, field_id, value, record_id)
    SELECT n.workspace_id, f.id, n.custom_fields->>f.key, n.id
    FROM new_rows n
    JOIN custom_fields f ON f.workspace_id = n.workspace_id AND f.object_type = object AND f.unique_values
    WHERE n.deleted_at IS NULL AND n.merged_into_id IS NULL AND n.custom_fields->>f.key IS NOT NULL;
  EXCEPTION WHEN unique_violation THEN
    -- Which value clashed: with another record's, or with another row of this statement.
    SELECT f.key, f.label, n.custom_fields->>f.key AS value INTO clash
    FROM new_rows n
    JOIN custom_fields f ON f.workspace_id = n.workspace_id AND f.object_type = object AND f.unique_values
    WHERE n.deleted_at IS NULL AND n.merged_into_id IS NULL AND n.custom_fields->>f.key IS NOT NULL
      AND EXISTS (SELECT 1 FROM custom_unique_values u WHERE u.workspace_id = n.workspace_id
                  AND u.field_id = f.id AND u.value = n.custom_fields->>f.key)
    LIMIT 1;
    IF clash IS NULL THEN
      SELECT f.key, f.label, n.custom_fields->>f.key AS value INTO clash
      FROM new_rows n
      JOIN custom_fields f ON f.workspace_id = n.workspace_id AND f.object_type = object AND f.unique_values
      WHERE n.deleted_at IS NULL AND n.merged_into_id IS NULL AND n.custom_fields->>f.key IS NOT NULL
      GROUP BY f.key, f.label, n.custom_fields->>f.key HAVING count(*) > 1
      LIMIT 1;
    END IF;
    RAISE unique_violation USING
      MESSAGE = CASE WHEN clash IS NULL THEN 'A unique value is already taken.'
                     ELSE format('%s "%s" already belongs to another record.', clash.label, clash.value) END,
      COLUMN = coalesce(clash.key, ''),
      TABLE = object,
      CONSTRAINT = 'custom_unique_values_pkey';
  END;
  RETURN NULL;
END $$;

CREATE TRIGGER unique_values_inserts AFTER INSERT ON people REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_unique_values('people');
CREATE TRIGGER unique_values_updates AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_unique_values('people');
CREATE TRIGGER unique_values_deletes AFTER DELETE ON people REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_unique_values('people');
CREATE TRIGGER unique_values_inserts AFTER INSERT ON companies REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_unique_values('companies');
CREATE TRIGGER unique_values_updates AFTER UPDATE ON companies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_unique_values('companies');
CREATE TRIGGER unique_values_deletes AFTER DELETE ON companies REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_unique_values('companies');
