-- How an import reads the texts of its pick-list columns (lifecycle stage, select and multi-select
-- custom fields): per column, each text of the file and the choice it is taken for (null: the field
-- is left empty). Confirmed by the person importing at the mapping step; a text it does not name is
-- read as proposed (choices.rules.ts), or its row rejected with the choices named.
ALTER TABLE imports ADD COLUMN value_readings jsonb;
