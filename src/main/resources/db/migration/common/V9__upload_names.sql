-- Workbooks finance staff submitted through the web application. In the inbox such a file has a
-- generated name (which the consolidation records as submission.file_name); the name the clerk
-- uploaded is kept here, so pages show the clerk's own name and what became of the file.
CREATE TABLE web_upload (
    inbox_name      VARCHAR(255) NOT NULL,
    uploaded_name   VARCHAR(500) NOT NULL,
    content_hash    CHAR(64)     NOT NULL,
    enterprise_code VARCHAR(32)  NOT NULL,
    period          CHAR(7)      NOT NULL,
    uploaded_by     VARCHAR(100) NOT NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_web_upload PRIMARY KEY (inbox_name)
);
CREATE INDEX ix_web_upload_enterprise ON web_upload (enterprise_code, period);
CREATE INDEX ix_web_upload_hash ON web_upload (content_hash);
