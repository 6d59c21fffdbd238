-- A CHECK constraint becomes NO INHERIT (new side).
CREATE TABLE t (n integer, CONSTRAINT t_n_check CHECK (n > 0) NO INHERIT);
