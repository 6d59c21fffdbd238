CREATE FUNCTION code() RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
CREATE TABLE t (id bigint DEFAULT code());
