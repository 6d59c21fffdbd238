CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE p (id integer);
