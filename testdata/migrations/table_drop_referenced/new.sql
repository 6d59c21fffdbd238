-- A table and the table referencing it are dropped (new side).
CREATE TABLE other (id integer);
