-- A table-level CHECK across columns is added (new side).
CREATE TABLE t (lo date, hi date, CONSTRAINT t_order CHECK (lo < hi OR hi IS NULL));
