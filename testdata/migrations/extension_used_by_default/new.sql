-- An extension is added with a column default calling its function (new side).
CREATE EXTENSION pgcrypto;
CREATE TABLE token (id integer PRIMARY KEY, secret bytea DEFAULT gen_random_bytes(16));
