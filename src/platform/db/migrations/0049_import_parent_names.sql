-- A company row may name its parent by id and by name, as our exports do ("Parent company ID",
-- "Parent company name"): imported into another workspace, the id finds nothing and the name is
-- tried next (imports.parents.ts), so a hierarchy crosses workspaces with its file.
ALTER TABLE import_parents ADD COLUMN parent_name text;
