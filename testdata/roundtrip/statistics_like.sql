-- CREATE TABLE ... (LIKE src INCLUDING STATISTICS / ALL) copies the
-- statistics objects of src: generated names in the new table's schema
-- (columns in src's column order, then "expr" per expression), the same
-- kinds and keys, no target, the comment only with INCLUDING COMMENTS.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE SCHEMA copy;
CREATE TABLE src (a integer, b integer, c text, d integer);
CREATE STATISTICS s1 (mcv) ON d, a FROM src;
CREATE STATISTICS s2 ON (a + b), c FROM src;
CREATE STATISTICS s3 ON (a * 2) FROM src;
ALTER STATISTICS s1 SET STATISTICS 99;
COMMENT ON STATISTICS s2 IS 'two';
ALTER TABLE src RENAME COLUMN b TO bb;
CREATE TABLE dst (LIKE src INCLUDING ALL);
CREATE TABLE copy.dst (z integer, LIKE src INCLUDING STATISTICS);
CREATE TABLE dst_none (LIKE src INCLUDING ALL EXCLUDING STATISTICS);
CREATE TABLE dst_again (LIKE dst INCLUDING STATISTICS INCLUDING COMMENTS);
CREATE STATISTICS copy.dst2_a_d_stat ON a, z FROM copy.dst;
CREATE TABLE copy.dst2 (LIKE copy.dst INCLUDING STATISTICS);
