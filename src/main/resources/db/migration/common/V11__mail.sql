-- Bulletins by e-mail. Same SQL on H2 (MODE=MySQL) and MySQL/MariaDB.

-- Who receives which bulletin. A subscription belongs to a Catch-Up user (listed on their page)
-- or to a contact without a sign-in (user_id NULL), such as an enterprise's works management.
CREATE TABLE mail_subscription (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    user_id        BIGINT,
    recipient_name VARCHAR(200) NOT NULL,
    address        VARCHAR(254) NOT NULL,
    -- en or de; NULL: English
    language       VARCHAR(8),
    -- ALL: the combine-wide bulletin; otherwise the code of the enterprise or combine whose bulletin
    scope          VARCHAR(32)  NOT NULL,
    with_excel     BOOLEAN      NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT pk_mail_subscription PRIMARY KEY (id),
    CONSTRAINT uq_mail_subscription UNIQUE (address, scope),
    CONSTRAINT fk_mail_subscription_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_mail_subscription_language CHECK (language IS NULL OR language IN ('en', 'de'))
);

-- Each bulletin mailed, or tried, to each recipient: one row per run (job instance), bulletin and
-- address. A restart of the run retries its FAILED rows; a later run of the same month takes over
-- a row still FAILED, and mails again what was SENT only when asked to (resend=true).
CREATE TABLE mail_delivery (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    period           CHAR(7)       NOT NULL,
    scope            VARCHAR(32)   NOT NULL,
    address          VARCHAR(254)  NOT NULL,
    recipient_name   VARCHAR(200)  NOT NULL,
    language         VARCHAR(8)    NOT NULL,
    attachments      VARCHAR(1000) NOT NULL,
    status           VARCHAR(8)    NOT NULL,
    attempts         INT           NOT NULL,
    last_error       VARCHAR(1000),
    sent_at          DATETIME(6),
    updated_at       DATETIME(6)   NOT NULL,
    job_instance_id  BIGINT        NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    CONSTRAINT pk_mail_delivery PRIMARY KEY (id),
    CONSTRAINT uq_mail_delivery UNIQUE (job_instance_id, scope, address),
    CONSTRAINT ck_mail_delivery_status CHECK (status IN ('SENT', 'FAILED'))
);

CREATE INDEX ix_mail_delivery_recipient ON mail_delivery (period, scope, address);
