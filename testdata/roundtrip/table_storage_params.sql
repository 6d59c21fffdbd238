-- Table storage parameters (WITH): fillfactor, autovacuum settings, parallel_workers, and on a partitioned parent's partition.
CREATE TABLE hot (id integer, v text) WITH (fillfactor = 70);
CREATE TABLE tuned (id integer) WITH (autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_threshold = 500, parallel_workers = 4);
CREATE TABLE quoted_vals (id integer) WITH (fillfactor='80', user_catalog_table=true);
CREATE TABLE oidless (id integer) WITH (fillfactor=100);
