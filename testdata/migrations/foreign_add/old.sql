-- A wrapper, a server and a foreign table are added (old side)
CREATE TABLE local (id integer);
