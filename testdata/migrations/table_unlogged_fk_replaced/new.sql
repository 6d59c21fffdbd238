-- Tables become UNLOGGED while a foreign key between them is replaced (new side).
CREATE UNLOGGED TABLE parent (id integer PRIMARY KEY, code text UNIQUE);
CREATE UNLOGGED TABLE child (parent_id integer, code text CONSTRAINT child_parent_fkey REFERENCES parent (code) ON DELETE CASCADE);
