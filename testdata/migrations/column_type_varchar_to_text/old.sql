-- A varchar column becomes text (old side).
CREATE TABLE t (name varchar(50) NOT NULL);
