-- A column used by an expression index changes type (new side).
CREATE TABLE t (name text);
CREATE INDEX t_lower_name ON t (lower(name));
