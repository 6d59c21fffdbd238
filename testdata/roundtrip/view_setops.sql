-- Set operations.
CREATE TABLE cat (name text, age integer);
CREATE TABLE dog (name text, age bigint);
CREATE VIEW pets AS SELECT name, age FROM cat UNION SELECT name, age FROM dog;
CREATE VIEW pets_all AS SELECT name FROM cat UNION ALL SELECT name FROM dog ORDER BY name LIMIT 10;
CREATE VIEW pets_both AS SELECT name FROM cat INTERSECT SELECT name FROM dog;
CREATE VIEW pets_cats AS SELECT name FROM cat EXCEPT SELECT name FROM dog;
CREATE VIEW pets_literal AS SELECT 'cat' AS kind, name FROM cat UNION ALL SELECT 'dog', name FROM dog;
CREATE VIEW numbers AS SELECT 1 AS n UNION ALL SELECT 2.5;
