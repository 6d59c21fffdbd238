-- Views that select from each other, created from nothing and dropped
-- again: the plan creates a first version of each (NULLs of the column
-- types the model holds), then replaces each by its query; dropping
-- replaces each by such a first version before the drops.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE reading (id integer PRIMARY KEY, amount numeric(10,2), feeling mood, tags text[]);
