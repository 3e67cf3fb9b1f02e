-- The index MySQL/MariaDB made for fk_fact_indicator outlives the key (V14); nothing reads by it.
DROP INDEX fk_fact_indicator ON fact;
