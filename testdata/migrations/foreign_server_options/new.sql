-- The options, version and comments of a wrapper and a server change (new side)
CREATE FOREIGN DATA WRAPPER dummy OPTIONS (b '3', c '4');
COMMENT ON FOREIGN DATA WRAPPER dummy IS 'commented';
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy OPTIONS (host 'db2', dbname 'app');
