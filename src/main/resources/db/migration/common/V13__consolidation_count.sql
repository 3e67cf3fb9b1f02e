-- The running count of one consolidation over its whole inbox, shared by its partitions
-- (which may run on other threads, or other machines): "file 7 of 600". One row per job
-- execution, written when the inbox is split and after each chunk commits; the job repository
-- keeps each partition's own counts. Same SQL on H2 (MODE=MySQL) and MySQL.
CREATE TABLE consolidation_count (
    job_execution_id BIGINT  NOT NULL,
    files_total      INT     NOT NULL,
    files_done       INT     NOT NULL DEFAULT 0,
    rows_done        BIGINT  NOT NULL DEFAULT 0,
    rejected         INT     NOT NULL DEFAULT 0,
    CONSTRAINT pk_consolidation_count PRIMARY KEY (job_execution_id)
);
