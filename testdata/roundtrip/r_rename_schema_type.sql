-- ALTER SCHEMA ... RENAME TO, ALTER TYPE ... RENAME TO / RENAME VALUE and
-- SET SCHEMA of tables, sequences and enum types: qualified names in column
-- types, defaults, checks, index expressions, foreign keys and OWNED BY follow.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE SEQUENCE app.counter;
CREATE TABLE app.person (
    id serial PRIMARY KEY,
    mood app.mood NOT NULL DEFAULT 'ok',
    moods app.mood[],
    n bigint DEFAULT nextval('app.counter'),
    CHECK (mood <> 'sad'::app.mood)
);
CREATE INDEX person_happy ON app.person (id) WHERE mood = 'happy';
CREATE TABLE app.friend (person_id integer REFERENCES app.person);
ALTER TYPE app.mood RENAME VALUE 'ok' TO 'fine';
ALTER TYPE app.mood RENAME VALUE 'sad' TO 'blue';
ALTER TYPE app.mood RENAME TO feeling;
ALTER SCHEMA app RENAME TO core;
CREATE SCHEMA other;
ALTER TABLE core.friend SET SCHEMA other;
ALTER SEQUENCE core.counter SET SCHEMA other;
CREATE TABLE core.moved (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, s serial UNIQUE, f core.feeling);
ALTER TABLE core.moved SET SCHEMA other;
ALTER TYPE core.feeling SET SCHEMA other;
ALTER TABLE IF EXISTS core.missing SET SCHEMA other;
COMMENT ON TYPE other.feeling IS 'moved';
