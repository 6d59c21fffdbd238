-- A varchar column becomes text (new side).
CREATE TABLE t (name text NOT NULL);
