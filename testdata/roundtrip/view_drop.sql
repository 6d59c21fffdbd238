-- Dropped views and materialized views are gone.
CREATE TABLE gone (id integer);
CREATE VIEW gone_v AS SELECT id FROM gone;
CREATE VIEW gone_w AS SELECT id FROM gone;
CREATE MATERIALIZED VIEW gone_m AS SELECT id FROM gone;
CREATE INDEX gone_m_id ON gone_m (id);
DROP VIEW gone_v;
DROP MATERIALIZED VIEW gone_m;
DROP VIEW IF EXISTS nothing_here;
CREATE TABLE base (id integer);
CREATE VIEW base_v AS SELECT id FROM base;
CREATE VIEW base_w AS SELECT id FROM base_v;
CREATE VIEW base_x AS SELECT 1 AS one;
DROP TABLE base CASCADE;
CREATE TABLE base2 (id integer);
CREATE VIEW base2_v AS SELECT id FROM base2;
CREATE VIEW base2_w AS SELECT id FROM base2_v;
DROP VIEW base2_v CASCADE;
