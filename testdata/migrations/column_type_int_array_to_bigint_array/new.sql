-- An integer[] column becomes bigint[] (new side).
CREATE TABLE t (ids bigint[]);
