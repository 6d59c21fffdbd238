-- A foreign key's deferrability changes in place (ALTER CONSTRAINT), the others stay (old side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (a integer CONSTRAINT child_a_fkey REFERENCES parent, b integer CONSTRAINT child_b_fkey REFERENCES parent DEFERRABLE, c integer CONSTRAINT child_c_fkey REFERENCES parent DEFERRABLE INITIALLY DEFERRED);
COMMENT ON CONSTRAINT child_a_fkey ON child IS 'kept';
