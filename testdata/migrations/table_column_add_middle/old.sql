-- A column is added between existing ones: refused (PostgreSQL appends columns); dropped back it converges (old side).
CREATE TABLE t (id integer, b text);
