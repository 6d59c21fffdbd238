-- Table access method given explicitly (USING heap), the default, next to a table without USING.
CREATE TABLE t1 (id integer) USING heap;
CREATE TABLE t2 (id integer);
CREATE TABLE t3 (id integer) USING heap WITH (fillfactor = 50);
