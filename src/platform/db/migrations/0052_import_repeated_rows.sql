-- Rows of one file that wrote a record an earlier row of the same file had written too (one e-mail on
-- two rows, a row giving another's second address): they apply in file order, the later row's values
-- standing, and the import says how many there were. Counted from the audit trail once the import
-- completes (imports.process.ts, finishImport), so across batches and writers.
ALTER TABLE imports ADD COLUMN repeated_count bigint NOT NULL DEFAULT 0;
