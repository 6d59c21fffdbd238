-- An enum used by an array column is reordered (new side).
CREATE TYPE tag AS ENUM ('blue', 'green', 'red');
CREATE TABLE item (id integer, tags tag[], main tag);
