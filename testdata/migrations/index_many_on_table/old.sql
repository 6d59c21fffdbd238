-- Several indexes on one table are added, replaced and dropped at once (old side).
CREATE TABLE t (a integer, b integer, c integer);
CREATE INDEX t_a ON t (a);
CREATE INDEX t_b ON t (b);
