-- Generated names of domain checks collide with other constraints of the
-- schema and are numbered like PostgreSQL numbers them.
CREATE TABLE t (a integer CONSTRAINT d_check CHECK (a > 0));
CREATE DOMAIN d AS integer CHECK (VALUE > 0) CHECK (VALUE < 5);
CREATE DOMAIN dd AS integer;
ALTER DOMAIN dd ADD CHECK (VALUE <> 0);
ALTER DOMAIN dd ADD CHECK (VALUE <> 1);
