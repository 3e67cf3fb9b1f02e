-- The fact table keeps its primary key and its foreign key to submission (which the primary key's
-- leading column serves) and nothing else: every other index is written once per fact row, and a
-- 1,000,000-row LOAD DATA cost MariaDB about 1.6 times the server time with the two below than
-- with the primary key alone (performance.md). Same SQL on H2 (MODE=MySQL) and MySQL/MariaDB.

-- Reads by month start from the submissions of the month (ix_submission_period, or the
-- enterprise's versions in uq_submission_version) and reach their facts by the primary key's
-- leading submission_id; fact.period and fact.enterprise_code are the submission's own.
DROP INDEX ix_fact_period ON fact;

-- A fact's indicator was checked against the reference list before the row was written (an
-- unknown indicator rejects the file: RowChecker), and no indicator is ever deleted (a reference
-- load only adds or updates), so this key could never refuse a row; what it cost was its index
-- on indicator_code, which MySQL requires for a foreign key, and a lookup per row. H2 drops the
-- index it made for the key with the key; MySQL keeps it (V14_1).
ALTER TABLE fact DROP FOREIGN KEY fk_fact_indicator;
