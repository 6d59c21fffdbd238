-- A primary key that a foreign key references changes (old side).
CREATE TABLE parent (id integer NOT NULL, code text NOT NULL, CONSTRAINT parent_pkey PRIMARY KEY (id));
CREATE TABLE child (parent_id integer REFERENCES parent);
