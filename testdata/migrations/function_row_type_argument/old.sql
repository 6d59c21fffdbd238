-- A function over a table's row type: created after the table, dropped
-- before it.
CREATE TABLE keep (id integer);
