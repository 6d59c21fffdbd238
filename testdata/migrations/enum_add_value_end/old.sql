-- A value is appended to an enum (old side).
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE person (name text, m mood);
