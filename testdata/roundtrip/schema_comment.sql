-- Comments on schemas: set, replaced, removed (IS NULL and ''), quoted text, and on the public schema.
CREATE SCHEMA docs;
COMMENT ON SCHEMA docs IS 'first';
COMMENT ON SCHEMA docs IS 'Documentation: it''s "quoted", has a
newline and unicode ✓';
CREATE SCHEMA nocomment;
COMMENT ON SCHEMA nocomment IS 'temporary';
COMMENT ON SCHEMA nocomment IS NULL;
CREATE SCHEMA emptycomment;
COMMENT ON SCHEMA emptycomment IS 'temporary';
COMMENT ON SCHEMA emptycomment IS '';
COMMENT ON SCHEMA public IS 'our public schema';
