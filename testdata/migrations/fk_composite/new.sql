-- A composite foreign key is added (new side).
CREATE TABLE parent (a integer, b text, PRIMARY KEY (a, b));
CREATE TABLE child (x integer, y text, CONSTRAINT child_xy_fkey FOREIGN KEY (x, y) REFERENCES parent (a, b));
