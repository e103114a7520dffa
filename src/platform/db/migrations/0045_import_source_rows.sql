-- An import of fixed rows (a retry) reads a file of those rows alone, so its own row numbers count
-- from 1 again. source_rows keeps, for each of its rows in order, that row's number in the file first
-- imported (through any chain of retries), so a row rejected again is named by the line the user
-- knows. NULL for an import of a file of its own.
ALTER TABLE imports ADD COLUMN source_rows integer[];
