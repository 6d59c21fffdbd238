-- A text column with an index and a default becomes integer (old side).
CREATE TABLE t (n text DEFAULT '0');
CREATE INDEX t_n ON t (n);
