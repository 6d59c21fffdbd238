-- An enum type and the column using it are dropped (new side).
CREATE TABLE person (id integer);
