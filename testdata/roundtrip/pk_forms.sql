-- Primary keys: inline unnamed, table-level multi-column, named, added by ALTER TABLE ONLY ... ADD CONSTRAINT, and on a quoted table.
CREATE TABLE a (id integer PRIMARY KEY, v text);
CREATE TABLE b (x integer, y text, PRIMARY KEY (x, y));
CREATE TABLE c (id bigint CONSTRAINT c_primary PRIMARY KEY);
CREATE TABLE d (id integer NOT NULL, k text NOT NULL, CONSTRAINT d_named_pk PRIMARY KEY (k, id));
CREATE TABLE e (id integer NOT NULL);
ALTER TABLE ONLY e ADD CONSTRAINT e_pkey PRIMARY KEY (id);
CREATE TABLE f (id integer);
ALTER TABLE f ADD PRIMARY KEY (id);
CREATE TABLE "Mixed Case" ("Id" integer PRIMARY KEY);
