-- A relocatable extension moves to another schema (old side).
CREATE SCHEMA ext;
CREATE EXTENSION pg_trgm;
