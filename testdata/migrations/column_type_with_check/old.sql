-- A column referenced by a CHECK constraint changes type (old side).
CREATE TABLE t (n integer CONSTRAINT t_n_check CHECK (n > 0));
