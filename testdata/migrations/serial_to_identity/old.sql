-- A serial column becomes an identity column (old side).
CREATE TABLE t (id serial PRIMARY KEY, v text);
