-- Remote consolidation (./catchup worker): the worker processes serving the night's partitions,
-- and which of them took which partition. Times are the database's own clock, so the machines'
-- clocks need not agree. Same SQL on H2 (MODE=MySQL) and MySQL/MariaDB.

-- One row per running worker, renewed every heartbeat; a row not renewed for
-- catchup.consolidation.worker-timeout belongs to a worker that is gone.
CREATE TABLE consolidation_worker (
    worker_id   VARCHAR(200) NOT NULL,
    host        VARCHAR(200) NOT NULL,
    pid         BIGINT       NOT NULL,
    queue_name  VARCHAR(200) NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    heard_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_consolidation_worker PRIMARY KEY (worker_id)
);

-- A partition (a step execution of the worker step) taken by a worker. The primary key lets
-- one worker only take a partition, even when the broker hands its request out twice.
CREATE TABLE consolidation_partition_claim (
    step_execution_id BIGINT       NOT NULL,
    job_execution_id  BIGINT       NOT NULL,
    worker_id         VARCHAR(200) NOT NULL,
    claimed_at        DATETIME(6)  NOT NULL,
    CONSTRAINT pk_consolidation_partition_claim PRIMARY KEY (step_execution_id)
);
CREATE INDEX ix_consolidation_partition_claim_job ON consolidation_partition_claim (job_execution_id);
