-- TOAST storage parameters are set (new side).
CREATE TABLE t (id integer, doc text) WITH (toast.autovacuum_enabled = false, toast_tuple_target = 4096);
