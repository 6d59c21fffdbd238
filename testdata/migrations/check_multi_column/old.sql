-- A table-level CHECK across columns is added (old side).
CREATE TABLE t (lo date, hi date);
