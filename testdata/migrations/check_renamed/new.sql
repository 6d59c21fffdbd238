-- A CHECK constraint gets another name (new side).
CREATE TABLE t (n integer, CONSTRAINT b_check CHECK (n <> 0));
