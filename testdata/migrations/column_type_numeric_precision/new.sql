-- A numeric column changes precision and scale (new side).
CREATE TABLE t (price numeric(12,4));
