-- CHECK constraints only inherited from an INHERITS parent belong to the parent; a child's own check, merged or not, and NO INHERIT checks stay.
CREATE TABLE parent (a integer CONSTRAINT a_positive CHECK (a > 0), b integer, CONSTRAINT parent_only CHECK (b <> 0) NO INHERIT);
CREATE TABLE child (c integer CHECK (c < 100), CONSTRAINT a_positive CHECK (a > 0)) INHERITS (parent);
CREATE TABLE grandchild () INHERITS (child);
ALTER TABLE parent ADD CONSTRAINT b_small CHECK (b < 1000) NOT VALID;
