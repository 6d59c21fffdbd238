-- Policies written with search_path set, on a table in another schema, with casts to user types.
CREATE SCHEMA sec;
CREATE TYPE sec.clearance AS ENUM ('public', 'secret', 'top');
SET search_path = sec, public;
CREATE TABLE file (id integer, clearance clearance NOT NULL, path text, size bigint);
ALTER TABLE file ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_clearance ON file FOR SELECT USING (clearance <> 'top');
CREATE POLICY by_path ON file FOR INSERT WITH CHECK (path LIKE '/srv/%' AND size < 1000000 AND lower(path) = path);
CREATE POLICY with_coalesce ON file FOR UPDATE USING (coalesce(size, 0) >= 0) WITH CHECK (clearance = 'public'::clearance OR clearance IS NULL);
RESET search_path;
