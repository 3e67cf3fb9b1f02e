-- How many partitions each running worker takes at once (catchup.consolidation.worker-partitions),
-- so a remote night splits into as many partitions as its live workers run side by side.
-- Same SQL on H2 (MODE=MySQL) and MySQL/MariaDB.
ALTER TABLE consolidation_worker ADD COLUMN partitions INT NOT NULL DEFAULT 1;
