-- A view that selects from itself: a first version of NULLs of its column
-- types, then its query; the view over it comes after.
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE projects (id integer, name text, feeling mood);
CREATE VIEW v AS SELECT id, name, feeling FROM projects;
CREATE OR REPLACE VIEW v AS SELECT v.id, v.name, v.feeling FROM v WHERE v.id > 0;
COMMENT ON COLUMN v.name IS 'the name';
CREATE VIEW over_v AS SELECT id FROM v;
