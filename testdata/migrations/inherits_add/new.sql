-- A table starts or stops inheriting from a parent (new side).
CREATE TABLE base (id integer, created timestamptz);
CREATE TABLE child (extra text) INHERITS (base);
