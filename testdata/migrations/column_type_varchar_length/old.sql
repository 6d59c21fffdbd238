-- A varchar column changes its length (old side).
CREATE TABLE t (name varchar(20));
