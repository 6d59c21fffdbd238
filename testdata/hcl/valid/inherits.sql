CREATE TABLE base (id integer NOT NULL);
CREATE TABLE child (extra text) INHERITS (base);
CREATE INDEX child_id ON child (id);
