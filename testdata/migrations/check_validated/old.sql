-- A NOT VALID CHECK constraint becomes valid (old side).
CREATE TABLE t (n integer);
ALTER TABLE t ADD CONSTRAINT t_n_positive CHECK (n > 0) NOT VALID;
