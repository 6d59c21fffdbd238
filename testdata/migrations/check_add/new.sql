-- A CHECK constraint is added (new side).
CREATE TABLE t (n integer CONSTRAINT t_n_check CHECK (n BETWEEN 1 AND 10));
