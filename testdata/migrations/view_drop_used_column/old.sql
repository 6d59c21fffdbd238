-- A column a view uses is dropped: the view changes first.
CREATE TABLE t (id integer, name text, legacy text);
CREATE VIEW v AS SELECT id, name, legacy FROM t;
