-- ALTER TABLE ... RENAME CONSTRAINT: a foreign key, a primary key and a unique
-- constraint (their indexes are renamed with them), an inherited check
-- constraint (renamed in the children too), and generated names chosen later.
CREATE TABLE parent (id integer PRIMARY KEY, code text UNIQUE, n integer CHECK (n > 0));
CREATE TABLE child (id integer REFERENCES parent, extra text) INHERITS (parent);
ALTER TABLE child RENAME CONSTRAINT child_id_fkey TO to_parent;
ALTER TABLE parent RENAME CONSTRAINT parent_pkey TO parent_key;
ALTER TABLE ONLY parent RENAME CONSTRAINT parent_code_key TO code_unique;
ALTER TABLE parent RENAME CONSTRAINT parent_n_check TO positive_n;
-- the old names are free again
ALTER TABLE parent ADD UNIQUE (code, n);
ALTER TABLE child ADD CHECK (n > 1);
ALTER TABLE child ADD FOREIGN KEY (id) REFERENCES parent;
CREATE INDEX ON parent (code);
ALTER INDEX parent_code_idx RENAME TO parent_code_key;
CREATE INDEX ON parent (code);
COMMENT ON CONSTRAINT to_parent ON child IS 'renamed';
COMMENT ON INDEX code_unique IS 'index of the renamed constraint';
