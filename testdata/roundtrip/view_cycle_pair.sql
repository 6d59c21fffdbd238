-- Views that select from each other (possible only through CREATE OR
-- REPLACE VIEW): PostgreSQL keeps the column types of the versions
-- replaced, which the model holds for every view of such a cycle (and for
-- no other view).
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE SCHEMA other;
CREATE TABLE reading (
    id integer PRIMARY KEY,
    amount numeric(10,2),
    feeling mood,
    tags text[],
    code varchar(8)
);

-- A pair: a from b and b from a.
CREATE VIEW a AS SELECT id, amount, feeling, tags FROM reading;
CREATE VIEW b AS SELECT id, amount * 2 AS twice, feeling, tags, code FROM reading;
CREATE OR REPLACE VIEW b AS SELECT a.id, a.amount * 2 AS twice, a.feeling, a.tags, 'x'::varchar(8) AS code FROM a;
CREATE OR REPLACE VIEW a AS SELECT b.id, (b.twice / 2)::numeric(10,2) AS amount, b.feeling, b.tags FROM b WHERE b.id > 0;
COMMENT ON VIEW a IS 'half of b';
COMMENT ON COLUMN b.twice IS 'twice a';

-- A view over the cycle is not in it: its column types are not held.
CREATE VIEW over_ab AS SELECT id, feeling FROM a;

-- Three views across schemas, the replacement adding a column.
CREATE VIEW other.x AS SELECT id FROM reading;
CREATE VIEW y AS SELECT id, id + 1 AS next FROM other.x;
CREATE VIEW z AS SELECT id, next, now() AS seen FROM y;
CREATE OR REPLACE VIEW other.x AS SELECT z.id, z.next FROM z;

-- A view that selects from itself and from a view that selects from it.
CREATE VIEW s AS SELECT id, code FROM reading;
CREATE VIEW t AS SELECT id, code FROM s;
CREATE OR REPLACE VIEW s AS SELECT s1.id, t.code FROM s s1 JOIN t USING (id);

-- A pair that a later replacement breaks: no types held any more.
CREATE VIEW p AS SELECT id FROM reading;
CREATE VIEW q AS SELECT id FROM p;
CREATE OR REPLACE VIEW p AS SELECT id FROM q;
CREATE OR REPLACE VIEW p AS SELECT id FROM reading;

-- Renamed after the cycle formed: the queries follow the name.
ALTER VIEW b RENAME TO b2;
