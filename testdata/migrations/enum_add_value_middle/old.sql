-- A value is inserted between two others (old side).
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (name text, m mood);
