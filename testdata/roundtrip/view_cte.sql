-- WITH queries, recursive ones included.
CREATE TABLE node (id integer PRIMARY KEY, parent integer);
CREATE VIEW node_roots AS WITH roots AS (SELECT id FROM node WHERE parent IS NULL) SELECT * FROM roots;
CREATE VIEW node_tree AS WITH RECURSIVE tree (id, depth) AS (
    SELECT id, 0 FROM node WHERE parent IS NULL
  UNION ALL
    SELECT n.id, t.depth + 1 FROM node n JOIN tree t ON n.parent = t.id
) SELECT id, depth FROM tree;
CREATE VIEW node_two AS WITH a AS (SELECT id FROM node), b AS MATERIALIZED (SELECT id FROM a WHERE id > 1) SELECT a.id FROM a JOIN b ON a.id = b.id;
