-- A column becomes an identity column (old side).
CREATE TABLE t (id integer NOT NULL);
