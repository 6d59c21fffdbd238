-- Storage parameters of a table's TOAST relation (toast.*), alone and mixed with the table's own.
CREATE TABLE docs (id integer, body text) WITH (toast.autovacuum_enabled = false);
CREATE TABLE docs2 (id integer, body text) WITH (fillfactor = 90, toast_tuple_target = 256, toast.autovacuum_vacuum_cost_delay = 5);
