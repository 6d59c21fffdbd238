-- Three tables reference each other in a ring (old side).
CREATE TABLE keep (id integer);
