-- An enum and a column of that type are added (old side).
CREATE TABLE person (id integer);
