-- An enum and a column of that type are added (new side).
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (id integer, m mood);
