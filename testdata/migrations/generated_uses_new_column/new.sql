-- A column and a generated column computed from it are added together (new side).
CREATE TABLE t (id integer, net numeric, gross numeric GENERATED ALWAYS AS (net * 1.2) STORED);
