-- Extensions with comments: a changed comment, a comment reset to the control file's, and one removed.
CREATE EXTENSION hstore;
COMMENT ON EXTENSION hstore IS 'key/value pairs for settings';
CREATE EXTENSION citext;
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
CREATE EXTENSION pg_trgm;
COMMENT ON EXTENSION pg_trgm IS NULL;
