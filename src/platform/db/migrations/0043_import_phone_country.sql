-- The country an import reads phone numbers in when a number has no +code and its row gives no
-- country: a French file's "06 12 34 56 78" in a workspace whose default country is the United
-- States. Given at the start (POST /imports/{id}/start, phoneCountry), copied to a retry of the
-- rejected rows; NULL: the workspace's default country, as before this migration.
ALTER TABLE imports ADD COLUMN phone_country text
  CONSTRAINT imports_phone_country_check CHECK (phone_country ~ '^[A-Z]{2}$');
