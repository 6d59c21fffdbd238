CREATE COLLATION posix_c (locale = 'POSIX');
COMMENT ON COLLATION posix_c IS 'posix';
CREATE DOMAIN ptext AS text COLLATE posix_c;
CREATE TABLE t (a text COLLATE posix_c, b ptext);
