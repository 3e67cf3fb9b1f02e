-- The assistance register (SPEC §9): help that was actually agreed, one row per pair and start
-- month, keyed as the register workbook keys it. Same SQL on H2 (MODE=MySQL) and MySQL/MariaDB.
-- No foreign key to team: a team row is upserted by the consolidation, and the register's own
-- checks (a team must have appeared in a loaded submission) run before anything is stored.
CREATE TABLE assistance (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    helped_enterprise_code VARCHAR(32)   NOT NULL,
    helped_team_code       VARCHAR(64)   NOT NULL,
    helper_enterprise_code VARCHAR(32)   NOT NULL,
    helper_team_code       VARCHAR(64)   NOT NULL,
    from_period            CHAR(7)       NOT NULL,
    to_period              CHAR(7),
    note                   VARCHAR(1000),
    created_by             VARCHAR(100)  NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_by             VARCHAR(100)  NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    CONSTRAINT pk_assistance PRIMARY KEY (id),
    CONSTRAINT uq_assistance_pair UNIQUE (helped_enterprise_code, helped_team_code, helper_enterprise_code,
        helper_team_code, from_period),
    CONSTRAINT ck_assistance_to_after_from CHECK (to_period IS NULL OR to_period >= from_period)
);
CREATE INDEX ix_assistance_from ON assistance (from_period);

-- Every change to the register: who, when, how (WEB, API or the job), and the values it set.
CREATE TABLE assistance_change (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    assistance_id BIGINT        NOT NULL,
    action        VARCHAR(16)   NOT NULL,
    source        VARCHAR(16)   NOT NULL,
    changed_by    VARCHAR(100)  NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    to_period     CHAR(7),
    note          VARCHAR(1000),
    CONSTRAINT pk_assistance_change PRIMARY KEY (id),
    CONSTRAINT fk_assistance_change_assistance FOREIGN KEY (assistance_id) REFERENCES assistance (id),
    CONSTRAINT ck_assistance_change_action CHECK (action IN ('ADDED', 'UPDATED', 'ENDED')),
    CONSTRAINT ck_assistance_change_source CHECK (source IN ('WEB', 'API', 'JOB'))
);
CREATE INDEX ix_assistance_change_assistance ON assistance_change (assistance_id);
