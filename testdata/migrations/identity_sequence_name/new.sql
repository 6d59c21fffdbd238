-- An identity column's sequence has its own name (new side).
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME t_ids));
