-- A partial index's predicate changes (old side).
CREATE TABLE t (a integer, deleted boolean);
CREATE INDEX t_live ON t (a) WHERE NOT deleted;
