-- How an import's file writes dates of day and month as numbers ("05/12/2023": 5 December in Europe,
-- May 12 in the United States). Given at the start (POST /imports/{id}/start, dateOrder), copied to a
-- retry of the rejected rows; NULL: not said, so a date that reads both ways is rejected, its reason
-- naming both readings (as before this migration).
ALTER TABLE imports ADD COLUMN date_order text
  CONSTRAINT imports_date_order_check CHECK (date_order IN ('dayFirst', 'monthFirst'));
