-- A column is added between others (it goes to the end; order is not modeled beyond position) (old side).
CREATE TABLE t (a integer, c integer);
