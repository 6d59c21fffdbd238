-- Comments on tables: plain, multi-line, with quotes, replaced, removed, and on a table in a quoted schema.
CREATE TABLE t1 (id integer);
COMMENT ON TABLE t1 IS 'plain';
CREATE TABLE t2 (id integer);
COMMENT ON TABLE t2 IS 'line one
line two with ''quotes'' and "double" and \backslash';
CREATE TABLE t3 (id integer);
COMMENT ON TABLE t3 IS 'old';
COMMENT ON TABLE public.t3 IS 'new';
CREATE TABLE t4 (id integer);
COMMENT ON TABLE t4 IS 'gone';
COMMENT ON TABLE t4 IS NULL;
CREATE SCHEMA "Q s";
CREATE TABLE "Q s"."T 5" (id integer);
COMMENT ON TABLE "Q s"."T 5" IS E'escape string\twith tab';
