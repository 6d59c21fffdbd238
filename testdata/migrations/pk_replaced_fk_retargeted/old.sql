-- A primary key changes columns and the foreign key referencing it follows (old side).
CREATE TABLE parent (id integer NOT NULL, code text NOT NULL, CONSTRAINT parent_pkey PRIMARY KEY (id));
CREATE TABLE child (parent_id integer, parent_code text, CONSTRAINT child_parent_fkey FOREIGN KEY (parent_id) REFERENCES parent);
