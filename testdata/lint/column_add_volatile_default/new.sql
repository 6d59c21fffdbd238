CREATE TABLE users (id integer PRIMARY KEY, token uuid DEFAULT gen_random_uuid());
