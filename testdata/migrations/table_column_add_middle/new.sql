-- A column is added between existing ones: refused (PostgreSQL appends columns); dropped back it converges (new side).
CREATE TABLE t (id integer, a text, b text);
