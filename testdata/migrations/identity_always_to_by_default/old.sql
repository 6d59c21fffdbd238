-- An identity column switches from ALWAYS to BY DEFAULT (old side).
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY);
