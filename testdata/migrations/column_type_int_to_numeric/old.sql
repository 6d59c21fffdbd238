-- An integer column becomes numeric (old side).
CREATE TABLE t (amount integer);
