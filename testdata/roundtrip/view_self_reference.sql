-- Views that select from themselves: CREATE OR REPLACE VIEW over a first
-- version that did not. PostgreSQL keeps the first version's column types,
-- which the model holds for such views only (typmods, enums, arrays,
-- domains and other schemas included).
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE SCHEMA other;
CREATE DOMAIN other.positive AS integer CHECK (VALUE > 0);
CREATE TABLE reading (
    id integer PRIMARY KEY,
    label text,
    amount numeric(10,2),
    taken timestamptz,
    feeling mood,
    tags text[],
    code varchar(8),
    weight other.positive
);
CREATE VIEW reading_v AS SELECT id, label, amount, taken, feeling, tags, code, weight FROM reading;
CREATE OR REPLACE VIEW reading_v AS SELECT * FROM reading_v;
COMMENT ON COLUMN reading_v.amount IS 'kept by the replacement';

-- Computed columns of the first version: their types are the expressions'.
CREATE VIEW reading_sum AS SELECT id + 1 AS next, amount * 2 AS twice, label || '!' AS loud, count(*) OVER () AS n FROM reading;
CREATE OR REPLACE VIEW reading_sum AS SELECT s.next, s.twice, s.loud, s.n FROM reading_sum s WHERE s.next > 1;

-- TABLE v, a column added by the replacement, and a view in another schema.
CREATE VIEW other.reading_ids AS TABLE reading;
CREATE OR REPLACE VIEW other.reading_ids AS SELECT r.*, r.id * 10 AS id10 FROM other.reading_ids r;

-- A view over a view that selects from itself, and a replacement that
-- makes it select from itself no more.
CREATE VIEW reading_over AS SELECT id, feeling FROM reading_v;
CREATE VIEW reading_back AS SELECT id FROM reading;
CREATE OR REPLACE VIEW reading_back AS SELECT id FROM reading_back;
CREATE OR REPLACE VIEW reading_back AS SELECT id FROM reading WHERE id > 0;

-- Renamed and moved after the replacement: the query follows the name,
-- the types stay.
CREATE VIEW reading_ren AS SELECT id, taken FROM reading;
CREATE OR REPLACE VIEW reading_ren AS SELECT id, taken FROM reading_ren;
ALTER VIEW reading_ren RENAME TO reading_renamed;
ALTER VIEW reading_renamed SET SCHEMA other;
