-- A nullable column becomes an identity column (which implies NOT NULL) (new side).
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY);
