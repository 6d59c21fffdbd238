-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- DROP FUNCTION / PROCEDURE by signature, by name alone, IF EXISTS.
CREATE FUNCTION d1(integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION d1(text) RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION d2() RETURNS integer LANGUAGE sql AS 'SELECT 2';
CREATE PROCEDURE d3(a integer, OUT b integer) LANGUAGE sql AS 'SELECT a';
CREATE FUNCTION kept() RETURNS integer LANGUAGE sql AS 'SELECT 2';

DROP FUNCTION d1(text);
DROP FUNCTION d2;
DROP FUNCTION IF EXISTS nothing(integer);
DROP FUNCTION IF EXISTS d2();
DROP PROCEDURE d3(integer, integer);
