-- A CHECK constraint becomes NO INHERIT (old side).
CREATE TABLE t (n integer, CONSTRAINT t_n_check CHECK (n > 0));
