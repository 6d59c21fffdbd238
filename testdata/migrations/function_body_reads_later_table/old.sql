-- A SQL function whose body reads a table created in the same plan (and a
-- default of that table that calls the function).
CREATE SCHEMA app;
