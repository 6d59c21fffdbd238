-- A table becomes UNLOGGED or LOGGED (old side).
CREATE TABLE cache (k text PRIMARY KEY, v text);
