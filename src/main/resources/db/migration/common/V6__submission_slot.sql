-- One row per (enterprise, period) that has ever had a loaded version: its version counter. A load
-- locks its enterprise's row until commit, then takes the next number here, so concurrent uploads
-- of one enterprise queue up and get consecutive versions; other enterprises are not held up.
CREATE TABLE submission_slot (
    enterprise_code VARCHAR(32) NOT NULL,
    period          CHAR(7)     NOT NULL,
    last_version    INT         NOT NULL,
    CONSTRAINT pk_submission_slot PRIMARY KEY (enterprise_code, period)
);

INSERT INTO submission_slot (enterprise_code, period, last_version)
SELECT enterprise_code, period, MAX(version) FROM submission
WHERE version IS NOT NULL
GROUP BY enterprise_code, period;

-- When the consolidated file left the inbox for archive/ or rejected/. Null while it is still in
-- the inbox: a run that died between commit and move files it on the next run.
ALTER TABLE submission ADD COLUMN filed_at DATETIME(6);
UPDATE submission SET filed_at = consolidated_at;
