-- A function used by a column default changes its body and volatility:
-- CREATE OR REPLACE, the default stays.
CREATE FUNCTION code() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE TABLE t (id integer DEFAULT code());
