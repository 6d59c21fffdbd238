-- An enum type and the column using it are dropped (old side).
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (id integer, m mood, ms mood[]);
