-- A new enum value is used by a new CHECK constraint (old side).
CREATE TYPE state AS ENUM ('open', 'closed');
CREATE TABLE issue (id integer, s state);
