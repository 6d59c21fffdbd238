-- A table starts or stops inheriting from a parent (old side).
CREATE TABLE base (id integer, created timestamptz);
CREATE TABLE child (id integer, created timestamptz, extra text);
