-- A foreign table under a view moves to another server: the view is dropped and created again around it (old side)
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
CREATE SERVER s2 FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE ft (id integer, name text) SERVER s1;
CREATE VIEW names AS SELECT id, name FROM ft;
