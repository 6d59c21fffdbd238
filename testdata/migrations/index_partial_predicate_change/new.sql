-- A partial index's predicate changes (new side).
CREATE TABLE t (a integer, deleted boolean);
CREATE INDEX t_live ON t (a) WHERE deleted IS NOT TRUE;
