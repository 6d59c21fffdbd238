-- A bit column changes length (old side).
CREATE TABLE t (flags bit(8));
