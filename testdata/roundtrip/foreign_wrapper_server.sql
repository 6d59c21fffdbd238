-- Foreign-data wrappers (without handler, with options) and servers
-- (type, version, options, comments, ALTER SERVER / WRAPPER).
CREATE FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN DATA WRAPPER "Dummy Two" OPTIONS (debug 'true', "Mixed Case" 'it''s');
COMMENT ON FOREIGN DATA WRAPPER dummy IS 'no handler, no validator';
CREATE SERVER plain FOREIGN DATA WRAPPER dummy;
CREATE SERVER typed TYPE 'postgresql' VERSION '15' FOREIGN DATA WRAPPER "Dummy Two" OPTIONS (host 'db.example', port '5432');
COMMENT ON SERVER typed IS 'a typed server';
ALTER SERVER typed VERSION '16' OPTIONS (SET port '5433', ADD dbname 'app');
ALTER FOREIGN DATA WRAPPER "Dummy Two" OPTIONS (DROP debug);
CREATE SERVER IF NOT EXISTS plain FOREIGN DATA WRAPPER dummy;
