-- Several indexes on one table are added, replaced and dropped at once (new side).
CREATE TABLE t (a integer, b integer, c integer);
CREATE INDEX t_b ON t (b, c);
CREATE INDEX t_c ON t (c);
