-- A CHECK constraint gets another name (old side).
CREATE TABLE t (n integer, CONSTRAINT a_check CHECK (n <> 0));
