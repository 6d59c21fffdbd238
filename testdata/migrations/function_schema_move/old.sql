-- A function moves to another schema (a drop and an add).
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE FUNCTION a.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
