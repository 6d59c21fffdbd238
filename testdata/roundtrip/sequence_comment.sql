-- Comments on sequences, including a serial column's implicit sequence.
CREATE SEQUENCE counter;
COMMENT ON SEQUENCE counter IS 'global counter';
CREATE TABLE t (id serial);
COMMENT ON SEQUENCE t_id_seq IS 'the serial''s own sequence';
CREATE SCHEMA x;
CREATE SEQUENCE x."Counter 2";
COMMENT ON SEQUENCE x."Counter 2" IS 'quoted';
