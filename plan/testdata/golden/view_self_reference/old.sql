CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE projects (id integer, name text, feeling mood);
