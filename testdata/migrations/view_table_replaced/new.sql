-- The table under a view is replaced by another one: the view is dropped first and created last.
CREATE TABLE b (id integer, label text);
CREATE VIEW v AS SELECT id, label FROM b;
