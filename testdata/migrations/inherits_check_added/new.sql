-- An inherited CHECK constraint is added to a parent (new side).
CREATE TABLE base (n integer CONSTRAINT base_n_positive CHECK (n > 0));
CREATE TABLE child () INHERITS (base);
