-- A serial column is added (sequence, default and ownership) (new side).
CREATE TABLE t (v text, id bigserial);
