CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE reading (id integer PRIMARY KEY, amount numeric(10,2), feeling mood, tags text[]);
CREATE VIEW a AS SELECT id, amount, feeling, tags FROM reading;
CREATE VIEW b AS SELECT id, amount * 2 AS twice, feeling FROM a;
CREATE OR REPLACE VIEW a AS SELECT b.id, (b.twice / 2)::numeric(10,2) AS amount, b.feeling, ARRAY['x'] AS tags FROM b;
COMMENT ON VIEW a IS 'half of b';
COMMENT ON COLUMN b.twice IS 'twice a';
CREATE VIEW over_a AS SELECT id, feeling FROM a;
