-- The warehouse. Runs unchanged on H2 (MODE=MySQL) and on MySQL/MariaDB: portable types only,
-- DATETIME rather than TIMESTAMP (the story starts in 1959, before MySQL's TIMESTAMP range).

-- One row per load of the reference workbook; every reference row names the load that last set it.
CREATE TABLE reference_load (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    file_name     VARCHAR(255) NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    loaded_at     DATETIME(6)  NOT NULL,
    enterprises   INT          NOT NULL,
    indicators    INT          NOT NULL,
    annual_plans  INT          NOT NULL,
    CONSTRAINT pk_reference_load PRIMARY KEY (id)
);

CREATE TABLE enterprise (
    code              VARCHAR(32)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    parent_code       VARCHAR(32),
    reference_load_id BIGINT       NOT NULL,
    CONSTRAINT pk_enterprise PRIMARY KEY (code),
    CONSTRAINT fk_enterprise_load FOREIGN KEY (reference_load_id) REFERENCES reference_load (id)
);

CREATE TABLE enterprise_history (
    reference_load_id BIGINT       NOT NULL,
    code              VARCHAR(32)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    parent_code       VARCHAR(32),
    CONSTRAINT pk_enterprise_history PRIMARY KEY (reference_load_id, code),
    CONSTRAINT fk_enterprise_history_load FOREIGN KEY (reference_load_id) REFERENCES reference_load (id)
);

CREATE TABLE indicator (
    code              VARCHAR(32)    NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    unit              VARCHAR(32)    NOT NULL,
    price             DECIMAL(19, 4) NOT NULL,
    reference_load_id BIGINT         NOT NULL,
    CONSTRAINT pk_indicator PRIMARY KEY (code),
    CONSTRAINT fk_indicator_load FOREIGN KEY (reference_load_id) REFERENCES reference_load (id)
);

CREATE TABLE indicator_history (
    reference_load_id BIGINT         NOT NULL,
    code              VARCHAR(32)    NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    unit              VARCHAR(32)    NOT NULL,
    price             DECIMAL(19, 4) NOT NULL,
    CONSTRAINT pk_indicator_history PRIMARY KEY (reference_load_id, code),
    CONSTRAINT fk_indicator_history_load FOREIGN KEY (reference_load_id) REFERENCES reference_load (id)
);

CREATE TABLE annual_plan (
    enterprise_code   VARCHAR(32)    NOT NULL,
    plan_year         INT            NOT NULL,
    indicator_code    VARCHAR(32)    NOT NULL,
    quantity          DECIMAL(19, 4) NOT NULL,
    reference_load_id BIGINT         NOT NULL,
    CONSTRAINT pk_annual_plan PRIMARY KEY (enterprise_code, plan_year, indicator_code),
    CONSTRAINT fk_annual_plan_enterprise FOREIGN KEY (enterprise_code) REFERENCES enterprise (code),
    CONSTRAINT fk_annual_plan_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code),
    CONSTRAINT fk_annual_plan_load FOREIGN KEY (reference_load_id) REFERENCES reference_load (id)
);

CREATE TABLE annual_plan_history (
    reference_load_id BIGINT         NOT NULL,
    enterprise_code   VARCHAR(32)    NOT NULL,
    plan_year         INT            NOT NULL,
    indicator_code    VARCHAR(32)    NOT NULL,
    quantity          DECIMAL(19, 4) NOT NULL,
    CONSTRAINT pk_annual_plan_history PRIMARY KEY (reference_load_id, enterprise_code, plan_year, indicator_code),
    CONSTRAINT fk_annual_plan_history_load FOREIGN KEY (reference_load_id) REFERENCES reference_load (id)
);

-- A team as last submitted: its name and section, and the span of periods it reported.
CREATE TABLE team (
    enterprise_code VARCHAR(32)  NOT NULL,
    team_code       VARCHAR(64)  NOT NULL,
    team_name       VARCHAR(200) NOT NULL,
    section         VARCHAR(200) NOT NULL,
    first_period    CHAR(7)      NOT NULL,
    last_period     CHAR(7)      NOT NULL,
    CONSTRAINT pk_team PRIMARY KEY (enterprise_code, team_code),
    CONSTRAINT fk_team_enterprise FOREIGN KEY (enterprise_code) REFERENCES enterprise (code)
);

-- Every file consolidated, loaded or rejected. Loaded ones carry a version per (enterprise,
-- period); exactly one of them is CURRENT, the earlier ones SUPERSEDED. enterprise_code and
-- period are null when the file could not tell them.
CREATE TABLE submission (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    enterprise_code VARCHAR(32),
    period          CHAR(7),
    version         INT,
    status          VARCHAR(12)  NOT NULL,
    content_hash    CHAR(64)     NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    submitted_by    VARCHAR(200),
    received_at     DATETIME(6)  NOT NULL,
    consolidated_at DATETIME(6)  NOT NULL,
    row_count       INT          NOT NULL,
    error_count     INT          NOT NULL,
    warning_count   INT          NOT NULL,
    job_execution_id BIGINT,
    CONSTRAINT pk_submission PRIMARY KEY (id),
    CONSTRAINT uq_submission_version UNIQUE (enterprise_code, period, version),
    CONSTRAINT ck_submission_status CHECK (status IN ('CURRENT', 'SUPERSEDED', 'REJECTED'))
);
CREATE INDEX ix_submission_hash ON submission (content_hash);
CREATE INDEX ix_submission_period ON submission (period, status);

-- The figures: one row per (submission, team, indicator), as submitted (team name and section
-- included, so every version reads as it was sent). Values are quantity × indicator price,
-- computed when read.
CREATE TABLE fact (
    submission_id   BIGINT         NOT NULL,
    enterprise_code VARCHAR(32)    NOT NULL,
    period          CHAR(7)        NOT NULL,
    team_code       VARCHAR(64)    NOT NULL,
    indicator_code  VARCHAR(32)    NOT NULL,
    team_name       VARCHAR(200)   NOT NULL,
    section         VARCHAR(200)   NOT NULL,
    sheet_row       INT            NOT NULL,
    plan_qty        DECIMAL(19, 4) NOT NULL,
    actual_qty      DECIMAL(19, 4) NOT NULL,
    headcount       INT,
    striving_title  BOOLEAN        NOT NULL,
    remarks         VARCHAR(1000),
    CONSTRAINT pk_fact PRIMARY KEY (submission_id, team_code, indicator_code),
    CONSTRAINT fk_fact_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_fact_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code)
);
CREATE INDEX ix_fact_period ON fact (period, enterprise_code);

CREATE TABLE submission_problem (
    submission_id BIGINT        NOT NULL,
    seq           INT           NOT NULL,
    severity      VARCHAR(8)    NOT NULL,
    code          VARCHAR(40)   NOT NULL,
    sheet_name    VARCHAR(100),
    cell_ref      VARCHAR(16),
    column_name   VARCHAR(200),
    found_value   VARCHAR(500),
    message       VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_submission_problem PRIMARY KEY (submission_id, seq),
    CONSTRAINT fk_problem_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);

-- Each rendering of a month's bulletin; rendering a month again adds a version.
CREATE TABLE bulletin_log (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    period        CHAR(7)       NOT NULL,
    scope         VARCHAR(32)   NOT NULL,
    version       INT           NOT NULL,
    data_version  VARCHAR(200)  NOT NULL,
    pdf_file      VARCHAR(500)  NOT NULL,
    excel_file    VARCHAR(500)  NOT NULL,
    generated_at  DATETIME(6)   NOT NULL,
    job_execution_id BIGINT,
    CONSTRAINT pk_bulletin_log PRIMARY KEY (id),
    CONSTRAINT uq_bulletin_version UNIQUE (period, scope, version)
);
