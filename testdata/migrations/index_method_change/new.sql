-- An index switches from btree to hash (new side).
CREATE TABLE t (k text);
CREATE INDEX t_k ON t USING hash (k);
