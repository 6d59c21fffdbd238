-- A foreign key's deferrability changes in place (ALTER CONSTRAINT), the others stay (new side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (a integer CONSTRAINT child_a_fkey REFERENCES parent DEFERRABLE INITIALLY DEFERRED, b integer CONSTRAINT child_b_fkey REFERENCES parent, c integer CONSTRAINT child_c_fkey REFERENCES parent DEFERRABLE);
COMMENT ON CONSTRAINT child_a_fkey ON child IS 'kept';
