-- A load takes its version as one more than the highest of its (enterprise, period), read while
-- it holds the enterprise's row lock (uq_submission_version serves the read). The separate
-- counter cost every load another statement and said nothing the submissions do not.
DROP TABLE submission_slot;
