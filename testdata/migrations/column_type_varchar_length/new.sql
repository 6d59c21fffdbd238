-- A varchar column changes its length (new side).
CREATE TABLE t (name varchar(200));
