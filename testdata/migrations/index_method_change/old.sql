-- An index switches from btree to hash (old side).
CREATE TABLE t (k text);
CREATE INDEX t_k ON t (k);
