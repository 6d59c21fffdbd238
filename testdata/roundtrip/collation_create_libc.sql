-- CREATE COLLATION with the libc provider.
CREATE COLLATION c_copy (locale = 'C');
CREATE COLLATION posix_split (lc_collate = 'POSIX', lc_ctype = 'C');
CREATE COLLATION from_c FROM "C";
CREATE COLLATION from_user FROM c_copy;
CREATE COLLATION IF NOT EXISTS c_copy (locale = 'POSIX');
CREATE SCHEMA s;
CREATE COLLATION s.provided (provider = libc, locale = 'C');
COMMENT ON COLLATION s.provided IS 'libc C';
CREATE COLLATION gone (locale = 'C');
DROP COLLATION gone;
DROP COLLATION IF EXISTS gone;
CREATE TABLE t (a text COLLATE c_copy, b text COLLATE s.provided);
CREATE INDEX t_a_idx ON t (a COLLATE from_c);
CREATE INDEX t_b_idx ON t (b COLLATE c_copy);
CREATE INDEX t_expr_idx ON t ((a COLLATE c_copy)) WHERE b COLLATE from_c > 'x';
ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a COLLATE posix_split <> 'z');
