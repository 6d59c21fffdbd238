-- ALTER TABLE ... RENAME [COLUMN]: keys, indexes (columns, expressions,
-- predicates, INCLUDE), check constraints, generated columns, partition keys,
-- foreign keys of other tables, OWNED BY and inheritance children follow.
-- requires: SELECT current_setting('server_version_num')::int >= 150000
CREATE TABLE ref (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE t (
    id serial PRIMARY KEY,
    ref_id integer REFERENCES ref (id) ON DELETE SET NULL (ref_id),
    price numeric(10,2) CHECK (price > 0),
    qty integer,
    total numeric GENERATED ALWAYS AS (price * qty) STORED,
    label varchar(20),
    CHECK (qty > 0 AND price < 1000)
);
CREATE INDEX t_expr ON t (lower(label)) INCLUDE (qty) WHERE qty > 5;
CREATE INDEX t_label ON t (label DESC);
CREATE TABLE kid (extra text) INHERITS (t);
ALTER TABLE t RENAME COLUMN price TO unit_price;
ALTER TABLE t RENAME qty TO quantity;
ALTER TABLE t RENAME COLUMN label TO "Label";
ALTER TABLE t RENAME COLUMN id TO t_id;
ALTER TABLE t RENAME COLUMN ref_id TO ref;
ALTER TABLE ref RENAME COLUMN id TO ref_id;
ALTER TABLE IF EXISTS ref RENAME COLUMN code TO ref_code;
ALTER TABLE IF EXISTS missing RENAME COLUMN a TO b;
-- generated names see the new column names
ALTER TABLE t ADD UNIQUE (quantity);
CREATE INDEX ON t ("Label");
CREATE TABLE p (a integer, b text) PARTITION BY RANGE (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE INDEX ON p (b);
ALTER TABLE p RENAME COLUMN a TO k;
ALTER TABLE p RENAME COLUMN b TO c;
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);
