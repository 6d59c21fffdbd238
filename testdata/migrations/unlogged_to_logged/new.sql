-- A table becomes UNLOGGED or LOGGED (new side).
CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text);
