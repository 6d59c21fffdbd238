-- Three tables reference each other in a ring (new side).
CREATE TABLE keep (id integer);
CREATE TABLE x (id integer PRIMARY KEY, y_id integer);
CREATE TABLE y (id integer PRIMARY KEY, z_id integer);
CREATE TABLE z (id integer PRIMARY KEY, x_id integer REFERENCES x);
ALTER TABLE x ADD FOREIGN KEY (y_id) REFERENCES y;
ALTER TABLE y ADD FOREIGN KEY (z_id) REFERENCES z;
