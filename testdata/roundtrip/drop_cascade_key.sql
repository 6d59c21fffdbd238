-- Dropping a primary key, unique constraint or unique index with CASCADE
-- drops the foreign keys that reference it; the others stay.
CREATE TABLE t (id integer PRIMARY KEY, b integer, c integer, d integer UNIQUE);
CREATE UNIQUE INDEX t_bc ON t (c, b);
CREATE TABLE u (id integer REFERENCES t, b integer, c integer, d integer REFERENCES t (d),
    FOREIGN KEY (b, c) REFERENCES t (b, c));
ALTER TABLE t DROP CONSTRAINT t_pkey CASCADE;
DROP INDEX t_bc CASCADE;
