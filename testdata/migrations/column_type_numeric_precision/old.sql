-- A numeric column changes precision and scale (old side).
CREATE TABLE t (price numeric(8,2));
