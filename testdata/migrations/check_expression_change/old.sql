-- A CHECK constraint's expression changes (old side).
CREATE TABLE t (n integer, CONSTRAINT t_n_check CHECK (n > 0));
