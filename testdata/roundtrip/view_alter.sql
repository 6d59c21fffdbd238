-- ALTER VIEW: rename, set schema, rename column, defaults and options.
CREATE SCHEMA other;
CREATE TABLE thing (id integer PRIMARY KEY, label text, qty integer);
CREATE VIEW thing_v AS SELECT id, label, qty FROM thing;
CREATE VIEW thing_over AS SELECT id FROM thing_v;
ALTER VIEW thing_v RENAME TO things;
ALTER VIEW things RENAME COLUMN label TO title;
ALTER VIEW things ALTER COLUMN qty SET DEFAULT 1;
ALTER VIEW things SET (security_barrier = true);
ALTER TABLE things SET (check_option = local);
CREATE VIEW thing_move AS SELECT label FROM thing;
ALTER VIEW thing_move SET SCHEMA other;
CREATE VIEW thing_reset WITH (security_barrier) AS SELECT qty FROM thing;
ALTER VIEW thing_reset RESET (security_barrier);
ALTER VIEW thing_reset ALTER COLUMN qty SET DEFAULT 2;
ALTER VIEW thing_reset ALTER COLUMN qty DROP DEFAULT;
