-- A value is removed from an enum whose column has a default (old side).
CREATE TYPE state AS ENUM ('draft', 'review', 'published');
CREATE TABLE post (id integer, s state NOT NULL DEFAULT 'draft');
