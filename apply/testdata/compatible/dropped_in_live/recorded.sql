CREATE TABLE t (a integer, b text NOT NULL DEFAULT '', c integer);
CREATE TABLE old_stuff (id integer);
