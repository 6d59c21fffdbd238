CREATE TABLE parent (id integer);
CREATE TABLE child (extra text) INHERITS (parent);
