-- A CHECK constraint's expression changes (new side).
CREATE TABLE t (n integer, CONSTRAINT t_n_check CHECK (n > 0 AND n < 1000));
