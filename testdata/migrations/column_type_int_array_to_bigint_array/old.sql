-- An integer[] column becomes bigint[] (old side).
CREATE TABLE t (ids integer[]);
