-- A column used by a generated column changes type (old side).
CREATE TABLE t (price integer, doubled integer GENERATED ALWAYS AS (price * 2) STORED);
