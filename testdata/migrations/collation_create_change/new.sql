CREATE COLLATION c1 (lc_collate = 'POSIX', lc_ctype = 'C');
COMMENT ON COLLATION c1 IS 'one';
