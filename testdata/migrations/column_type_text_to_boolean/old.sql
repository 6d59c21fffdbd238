-- A text column becomes boolean (needs USING) (old side).
CREATE TABLE t (id integer, flag text);
