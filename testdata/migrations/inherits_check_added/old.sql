-- An inherited CHECK constraint is added to a parent (old side).
CREATE TABLE base (n integer);
CREATE TABLE child () INHERITS (base);
