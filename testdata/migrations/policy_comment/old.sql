-- A policy's comment is set, changed or removed (old side).
CREATE TABLE t (id integer);
CREATE POLICY a ON t USING (id > 0);
CREATE POLICY b ON t USING (id < 0);
COMMENT ON POLICY b ON t IS 'old text';
