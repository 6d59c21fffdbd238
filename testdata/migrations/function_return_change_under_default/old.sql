-- A function used by a column default changes its result type: the
-- default must go before the function is dropped and come back after.
CREATE FUNCTION code() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE TABLE t (id bigint DEFAULT code());
