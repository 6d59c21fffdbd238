-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- A statistics object whose expression calls a function or casts to a
-- type uses them (normal dependencies): DROP FUNCTION / DOMAIN ... CASCADE
-- takes the statistics object with it. One on the table's columns only
-- stays.
CREATE FUNCTION half(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 / 2';
CREATE DOMAIN small AS integer CHECK (VALUE < 100);
CREATE TABLE st (a integer, b integer, c integer);
CREATE STATISTICS st_half ON (half(a)), b FROM st;
CREATE STATISTICS st_small ON ((a::small)), c FROM st;
CREATE STATISTICS st_plain ON a, b FROM st;
DROP FUNCTION half(integer) CASCADE;
DROP DOMAIN small CASCADE;
