-- An identity column widens from integer to bigint (old side).
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
