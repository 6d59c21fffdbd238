-- An exclusion constraint's WHERE predicate changes (new side).
CREATE TABLE c (area circle, active boolean, CONSTRAINT c_excl EXCLUDE USING gist (area WITH &&) WHERE (active));
