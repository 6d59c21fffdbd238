-- A NOT VALID CHECK constraint becomes valid (new side).
CREATE TABLE t (n integer, CONSTRAINT t_n_positive CHECK (n > 0));
