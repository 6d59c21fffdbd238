-- A value is appended to an enum (new side).
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (name text, m mood);
