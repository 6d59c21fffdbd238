-- A value is removed from an enum used by a column (new side).
CREATE TYPE status AS ENUM ('new', 'active', 'closed');
CREATE TABLE ticket (id integer PRIMARY KEY, st status NOT NULL);
