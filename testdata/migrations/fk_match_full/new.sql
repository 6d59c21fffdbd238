-- A composite foreign key becomes MATCH FULL (new side).
CREATE TABLE parent (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE child (a integer, b integer, CONSTRAINT child_fk FOREIGN KEY (a, b) REFERENCES parent MATCH FULL);
