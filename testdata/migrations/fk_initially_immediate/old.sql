-- A deferrable foreign key switches from INITIALLY DEFERRED to INITIALLY IMMEDIATE (old side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (parent_id integer CONSTRAINT child_parent_id_fkey REFERENCES parent DEFERRABLE INITIALLY DEFERRED);
