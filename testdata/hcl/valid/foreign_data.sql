CREATE FOREIGN DATA WRAPPER dummy OPTIONS (debug 'true');
COMMENT ON FOREIGN DATA WRAPPER dummy IS 'a wrapper without handler';
CREATE SERVER files TYPE 'local' VERSION '1' FOREIGN DATA WRAPPER dummy OPTIONS (root '/tmp');
CREATE FOREIGN TABLE remote_items (id integer OPTIONS (column_name 'item_id') NOT NULL, name text)
  SERVER files OPTIONS (file 'items.csv');
COMMENT ON FOREIGN TABLE remote_items IS 'items kept elsewhere';
CREATE USER MAPPING FOR PUBLIC SERVER files OPTIONS (user 'reader');
