CREATE TABLE t (a integer, c integer, d text, b text NOT NULL DEFAULT '');
CREATE TABLE old_stuff (id integer);
