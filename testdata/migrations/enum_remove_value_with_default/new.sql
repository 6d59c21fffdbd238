-- A value is removed from an enum whose column has a default (new side).
CREATE TYPE state AS ENUM ('draft', 'published');
CREATE TABLE post (id integer, s state NOT NULL DEFAULT 'draft');
