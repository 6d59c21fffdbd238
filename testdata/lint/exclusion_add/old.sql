CREATE TABLE booking (id integer PRIMARY KEY, during int4range);
