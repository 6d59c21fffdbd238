CREATE TYPE mood AS ENUM ('sad', 'meh', 'ok');
CREATE TABLE p (id integer, m mood);
