CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE p (id integer, m mood);
