-- A plain table becomes a partitioned table of the same name (recreated) (old side).
CREATE TABLE ev (id integer NOT NULL, at date NOT NULL);
