-- The values of an enum are reordered (old side).
CREATE TYPE priority AS ENUM ('high', 'medium', 'low');
CREATE TABLE task (id integer, p priority);
