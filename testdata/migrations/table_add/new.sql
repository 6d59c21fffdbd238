-- A table is created or dropped (new side).
CREATE TABLE note (id integer, body text);
