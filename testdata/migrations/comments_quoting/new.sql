-- Comments with quotes, backslashes, newlines and unicode (new side).
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS E'line one\nit''s \\ "quoted" – ünïcode';
COMMENT ON COLUMN t.id IS '';
