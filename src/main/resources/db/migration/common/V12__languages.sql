-- Two languages (English, German). Same SQL on H2 (MODE=MySQL) and MySQL/MariaDB.

-- The language a user chose with the switch on the pages ("en", "de"), so it follows them to
-- every device; NULL until they choose, when the browser's language applies. No check
-- constraint: the application accepts only the languages it has bundles for, and a language
-- added later needs no migration.
ALTER TABLE app_user ADD COLUMN preferred_language VARCHAR(8) NULL;

-- The languages a bulletin edition was rendered in ("en", "de", "en,de"); one edition, one
-- version, whatever the number of languages. NULL for editions rendered before: English.
ALTER TABLE bulletin_log ADD COLUMN languages VARCHAR(40) NULL;
