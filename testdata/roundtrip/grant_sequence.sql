-- roles: strata_app
-- Sequence privileges, also granted with ON TABLE (PostgreSQL ignores the
-- table privileges a sequence does not have), and a serial's sequence.
CREATE SEQUENCE seq_a;
CREATE SEQUENCE seq_b;
CREATE TABLE t (id serial, n integer);
GRANT USAGE, SELECT ON SEQUENCE seq_a TO strata_app;
GRANT ALL ON SEQUENCE seq_b TO strata_app WITH GRANT OPTION;
GRANT UPDATE ON t_id_seq TO PUBLIC;
GRANT SELECT ON TABLE t_id_seq TO strata_app;
