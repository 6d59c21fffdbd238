-- A unique constraint is added (old side).
CREATE TABLE t (email text);
