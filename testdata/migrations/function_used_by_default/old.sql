-- A table whose default calls a function, created and dropped together:
-- the function exists before the table and goes after it.
CREATE TABLE other (id integer);
