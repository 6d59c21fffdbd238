-- A column referenced by a CHECK constraint changes type (new side).
CREATE TABLE t (n bigint CONSTRAINT t_n_check CHECK (n > 0));
