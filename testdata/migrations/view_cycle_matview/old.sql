-- A view and a materialized view that select from each other, created
-- (a first version of the view, the materialized view over it, then the
-- view's query) and dropped (the view first replaced by a first version,
-- then the materialized view, then the view).
CREATE TABLE reading (id integer PRIMARY KEY, amount numeric(10,2), label text);
