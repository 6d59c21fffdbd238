-- A column's compression is set from the default (new side).
CREATE TABLE t (doc jsonb COMPRESSION pglz);
