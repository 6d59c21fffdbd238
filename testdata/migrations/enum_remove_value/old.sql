-- A value is removed from an enum used by a column (old side).
CREATE TYPE status AS ENUM ('new', 'active', 'legacy', 'closed');
CREATE TABLE ticket (id integer PRIMARY KEY, st status NOT NULL);
