-- Comments on columns: plain, quoted column names, replaced, removed, on an inherited column and a serial column.
CREATE TABLE p (id serial, "User Name" text, x integer, y integer);
COMMENT ON COLUMN p.id IS 'identifier';
COMMENT ON COLUMN public.p."User Name" IS 'the user''s name';
COMMENT ON COLUMN p.x IS 'old';
COMMENT ON COLUMN p.x IS 'new';
COMMENT ON COLUMN p.y IS 'gone';
COMMENT ON COLUMN p.y IS NULL;
CREATE TABLE c (extra text) INHERITS (p);
COMMENT ON COLUMN c.x IS 'child comment on an inherited column';
COMMENT ON COLUMN c.extra IS 'child''s own';
