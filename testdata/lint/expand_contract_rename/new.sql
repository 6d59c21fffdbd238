CREATE TABLE users (id integer PRIMARY KEY, display_name text);
