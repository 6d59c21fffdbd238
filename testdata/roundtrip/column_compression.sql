-- Per-column compression with pglz: inline COMPRESSION, ALTER COLUMN SET COMPRESSION, and back to default (PostgreSQL 14+).
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE cmp (
    a text COMPRESSION pglz,
    b text,
    c jsonb,
    d bytea COMPRESSION pglz,
    e text COMPRESSION default
);
ALTER TABLE cmp ALTER COLUMN c SET COMPRESSION pglz;
ALTER TABLE ONLY cmp ALTER COLUMN d SET COMPRESSION default;
ALTER TABLE cmp ALTER COLUMN b SET COMPRESSION pglz;
