CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(10,1));
