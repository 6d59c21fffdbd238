-- A table with keys, checks, defaults and indexes is created (old side).
CREATE TABLE author (id integer PRIMARY KEY);
