-- A relocatable extension moves to another schema (new side).
CREATE SCHEMA ext;
CREATE EXTENSION pg_trgm WITH SCHEMA ext;
