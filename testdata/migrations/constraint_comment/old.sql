-- A constraint's comment is set (old side).
CREATE TABLE t (n integer CONSTRAINT t_n_check CHECK (n > 0));
