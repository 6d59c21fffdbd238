-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- DROP SCHEMA ... CASCADE also removes what other schemas hold that uses
-- its objects: views, foreign keys, columns of its types, defaults that
-- call its functions; and DROP VIEW ... CASCADE the views over the view.
CREATE SCHEMA gone;
CREATE TABLE gone.t (id integer PRIMARY KEY);
CREATE TYPE gone.e AS ENUM ('a');
CREATE FUNCTION gone.one() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE TABLE keep (id integer REFERENCES gone.t, kind gone.e, n integer DEFAULT gone.one(), m integer);
CREATE VIEW keep_v AS SELECT id FROM gone.t;
CREATE VIEW keep_w AS SELECT m FROM keep;
DROP SCHEMA gone CASCADE;
CREATE TABLE base (id integer, n integer);
CREATE VIEW base_v AS SELECT id, n FROM base;
CREATE VIEW base_w AS SELECT id FROM base_v;
CREATE FUNCTION base_f() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM base_w);
CREATE VIEW base_x AS SELECT n FROM base;
DROP VIEW base_v CASCADE;
