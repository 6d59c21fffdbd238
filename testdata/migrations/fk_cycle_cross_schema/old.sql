-- A foreign-key cycle across two schemas (old side).
CREATE SCHEMA hr;
