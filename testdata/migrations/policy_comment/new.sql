-- A policy's comment is set, changed or removed (new side).
CREATE TABLE t (id integer);
CREATE POLICY a ON t USING (id > 0);
CREATE POLICY b ON t USING (id < 0);
COMMENT ON POLICY a ON t IS 'new';
COMMENT ON POLICY b ON t IS 'new text';
