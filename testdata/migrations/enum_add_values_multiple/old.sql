-- Several values are added at different places (old side).
CREATE TYPE size AS ENUM ('s', 'l');
CREATE TABLE shirt (id integer, sz size);
