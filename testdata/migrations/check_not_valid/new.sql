-- A CHECK constraint is NOT VALID (new side).
CREATE TABLE t (n integer);
ALTER TABLE t ADD CONSTRAINT t_n_positive CHECK (n > 0) NOT VALID;
