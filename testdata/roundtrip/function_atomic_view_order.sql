-- Functions with SQL-standard bodies that read views, call each other and
-- are called by views: `inspect --format sql` must create each after what
-- it uses (PostgreSQL resolves a BEGIN ATOMIC body at CREATE FUNCTION).
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE items (id integer PRIMARY KEY, price numeric NOT NULL);
CREATE VIEW cheap AS SELECT id, price FROM items WHERE price < 10;
-- zz_count reads a view; aa_total calls it (name order is the reverse of
-- the order they must be created in).
CREATE FUNCTION zz_count() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
  SELECT count(*) FROM cheap;
END;
CREATE FUNCTION aa_total() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
  SELECT zz_count() + 1;
END;
-- A view that calls a function that reads a view.
CREATE VIEW summary AS SELECT aa_total() AS n;
-- Two plain SQL-standard functions that call each other in name order
-- reversed, with no view involved.
CREATE FUNCTION zz_base(x integer) RETURNS integer LANGUAGE sql IMMUTABLE
RETURN x * 2;
CREATE FUNCTION aa_twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE
RETURN zz_base(zz_base(x));
-- An INSERT ... ON CONFLICT (id) needs the primary key's index to exist.
CREATE FUNCTION add_item(i integer, p numeric) RETURNS void LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO items VALUES (i, p) ON CONFLICT (id) DO UPDATE SET price = excluded.price;
END;
