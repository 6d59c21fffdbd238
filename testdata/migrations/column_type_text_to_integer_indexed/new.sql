-- A text column with an index and a default becomes integer (new side).
CREATE TABLE t (n integer DEFAULT 0);
CREATE INDEX t_n ON t (n);
