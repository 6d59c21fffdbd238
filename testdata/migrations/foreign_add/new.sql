-- A wrapper, a server and a foreign table are added (new side)
CREATE TABLE local (id integer);
CREATE SCHEMA remote;
CREATE FUNCTION accept_all(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE FOREIGN DATA WRAPPER dummy VALIDATOR accept_all OPTIONS (debug 'true');
COMMENT ON FOREIGN DATA WRAPPER dummy IS 'for tests';
CREATE SERVER s1 TYPE 'pg' FOREIGN DATA WRAPPER dummy OPTIONS (host 'db');
COMMENT ON SERVER s1 IS 'a server';
CREATE FOREIGN TABLE remote.item (id integer OPTIONS (column_name 'ID') NOT NULL, label text DEFAULT 'x') SERVER s1 OPTIONS (table_name 'items');
COMMENT ON FOREIGN TABLE remote.item IS 'remote';
COMMENT ON COLUMN remote.item.label IS 'label';
