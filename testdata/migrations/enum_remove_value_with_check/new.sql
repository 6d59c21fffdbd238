-- A value is removed from an enum referenced by a CHECK constraint (new side).
CREATE TYPE kind AS ENUM ('a', 'c');
CREATE TABLE thing (id integer, k kind CONSTRAINT thing_k_not_c CHECK (k <> 'c'));
