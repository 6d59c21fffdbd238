-- Primary keys and unique constraints with INCLUDE columns, WITH (fillfactor) and USING INDEX TABLESPACE pg_default.
CREATE TABLE t (id integer, a text, b text, c integer,
    CONSTRAINT t_pkey PRIMARY KEY (id) INCLUDE (a, b) WITH (fillfactor = 80));
CREATE TABLE u (id integer PRIMARY KEY WITH (fillfactor = 90, deduplicate_items = off), c text UNIQUE WITH (fillfactor = 50));
CREATE TABLE v (id integer, x integer, UNIQUE (x) INCLUDE (id));
CREATE TABLE w (id integer PRIMARY KEY USING INDEX TABLESPACE pg_default);
