-- A column used by an expression index changes type (old side).
CREATE TABLE t (name varchar(10));
CREATE INDEX t_lower_name ON t (lower(name));
