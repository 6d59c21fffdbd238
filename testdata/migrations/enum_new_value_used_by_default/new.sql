-- A new enum value is used by a new column default at once (new side).
CREATE TYPE state AS ENUM ('new', 'open', 'closed');
CREATE TABLE issue (id integer, s state DEFAULT 'new');
