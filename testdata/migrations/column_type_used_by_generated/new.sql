-- A column used by a generated column changes type (new side).
CREATE TABLE t (price bigint, doubled integer GENERATED ALWAYS AS (price * 2) STORED);
