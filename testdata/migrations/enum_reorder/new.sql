-- The values of an enum are reordered (new side).
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');
CREATE TABLE task (id integer, p priority);
