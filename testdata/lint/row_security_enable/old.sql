CREATE TABLE doc (id integer, owner text);
