-- An identity column widens from integer to bigint (new side).
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
