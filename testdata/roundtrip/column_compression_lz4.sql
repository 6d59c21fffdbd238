-- Per-column compression with lz4, inline and with ALTER COLUMN SET COMPRESSION, next to pglz (servers built with lz4).
-- requires: SELECT coalesce((SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression'), false)
CREATE TABLE cmp (
    a text COMPRESSION lz4,
    b text COMPRESSION pglz,
    c jsonb,
    d bytea
);
ALTER TABLE cmp ALTER COLUMN c SET COMPRESSION lz4;
ALTER TABLE ONLY cmp ALTER COLUMN d SET COMPRESSION lz4;
