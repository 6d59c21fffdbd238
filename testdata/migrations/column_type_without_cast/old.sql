-- Column types PostgreSQL has no direct cast between (old side): integer
-- and boolean to jsonb, an integer array to a jsonb array. The plan must
-- convert through text; the way back (jsonb to integer and boolean) has
-- casts.
CREATE TABLE t (
    id integer PRIMARY KEY,
    n integer NOT NULL,
    flag boolean,
    tags integer[]
);
INSERT INTO t VALUES (1, 42, true, '{1,2}');
