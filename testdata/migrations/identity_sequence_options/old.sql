-- An identity column's sequence options change (old side).
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY);
