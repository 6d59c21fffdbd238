-- A new table comes with row-level security and policies that call a function (old side: nothing).
CREATE TABLE keep (id integer);
