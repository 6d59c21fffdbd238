-- A schema is created together with an enum, a sequence and a table in it (old side).
CREATE TABLE keep (id integer);
