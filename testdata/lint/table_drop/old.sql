CREATE TABLE keep (id integer PRIMARY KEY);
CREATE TABLE old_log (id integer, line text);
