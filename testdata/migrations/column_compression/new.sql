-- A column's compression method changes (new side).
-- requires: SELECT coalesce((SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression'), false)
CREATE TABLE t (doc text COMPRESSION lz4);
