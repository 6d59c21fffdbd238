-- A primary key changes columns and the foreign key referencing it follows (new side).
CREATE TABLE parent (id integer NOT NULL, code text NOT NULL, CONSTRAINT parent_pkey PRIMARY KEY (code));
CREATE TABLE child (parent_id integer, parent_code text, CONSTRAINT child_parent_fkey FOREIGN KEY (parent_code) REFERENCES parent);
