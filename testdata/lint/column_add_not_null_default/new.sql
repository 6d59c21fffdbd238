CREATE TABLE users (id integer PRIMARY KEY, created timestamptz NOT NULL DEFAULT now());
