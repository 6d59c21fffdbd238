-- A value is removed from an enum referenced by a CHECK constraint (old side).
CREATE TYPE kind AS ENUM ('a', 'b', 'c');
CREATE TABLE thing (id integer, k kind CONSTRAINT thing_k_not_c CHECK (k <> 'c'));
