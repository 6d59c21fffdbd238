-- A new enum value is used by a new CHECK constraint (new side).
CREATE TYPE state AS ENUM ('open', 'closed', 'archived');
CREATE TABLE issue (id integer, s state, CONSTRAINT issue_not_archived CHECK (s <> 'archived'));
