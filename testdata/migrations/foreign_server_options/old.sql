-- The options, version and comments of a wrapper and a server change (old side)
CREATE FOREIGN DATA WRAPPER dummy OPTIONS (a '1', b '2');
CREATE SERVER s1 VERSION '1' FOREIGN DATA WRAPPER dummy OPTIONS (host 'db', port '5432');
COMMENT ON SERVER s1 IS 'old';
