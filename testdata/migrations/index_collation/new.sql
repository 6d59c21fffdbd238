-- An index key gets a collation (new side).
CREATE TABLE t (name text);
CREATE INDEX t_name ON t (name COLLATE "C");
