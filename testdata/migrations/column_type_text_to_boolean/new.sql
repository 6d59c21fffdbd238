-- A text column becomes boolean (needs USING) (new side).
CREATE TABLE t (id integer, flag boolean);
