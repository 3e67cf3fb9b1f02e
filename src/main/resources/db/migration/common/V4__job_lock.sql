-- One row per job that is running somewhere: whoever inserts it (or takes over an expired one)
-- runs the job; everyone else is refused. The holder renews expires_at while it runs, so a row
-- left by a crashed process frees itself. Times are UTC. Same SQL on H2 (MODE=MySQL) and MySQL.
CREATE TABLE job_lock (
    job_name      VARCHAR(100) NOT NULL,
    owner         VARCHAR(200) NOT NULL,
    host          VARCHAR(200) NOT NULL,
    execution_id  BIGINT,
    locked_at     DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_job_lock PRIMARY KEY (job_name)
);
