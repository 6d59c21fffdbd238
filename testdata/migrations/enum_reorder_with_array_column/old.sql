-- An enum used by an array column is reordered (old side).
CREATE TYPE tag AS ENUM ('red', 'green', 'blue');
CREATE TABLE item (id integer, tags tag[], main tag);
