-- An identity column's sequence has its own name (old side).
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY);
