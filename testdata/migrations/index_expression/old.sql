-- An expression index is created (old side).
CREATE TABLE t (email text);
