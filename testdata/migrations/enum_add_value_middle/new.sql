-- A value is inserted between two others (new side).
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (name text, m mood);
