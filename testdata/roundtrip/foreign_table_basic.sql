-- Foreign tables on a wrapper without handler: columns with OPTIONS,
-- COLLATE, NOT NULL and DEFAULT, table OPTIONS, comments, another schema.
CREATE SCHEMA remote;
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE remote.item (
    id integer OPTIONS (column_name 'ID') NOT NULL,
    label character varying(20) COLLATE "C" DEFAULT 'none',
    tags text[],
    at timestamptz DEFAULT now()
) SERVER s1 OPTIONS (schema_name 'public', table_name 'items');
CREATE FOREIGN TABLE empty () SERVER s1;
COMMENT ON FOREIGN TABLE remote.item IS 'remote items';
COMMENT ON COLUMN remote.item.label IS 'the label';
