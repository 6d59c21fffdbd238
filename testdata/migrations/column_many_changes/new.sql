-- One column changes type, default, NOT NULL, collation and comment at once (new side).
CREATE TABLE t (v text COLLATE "C" NOT NULL DEFAULT 'x');
COMMENT ON COLUMN t.v IS 'everything changed';
