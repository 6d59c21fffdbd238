CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE diary (id integer, feeling mood, tags mood[]);
CREATE VIEW v AS SELECT id, feeling, tags FROM diary;
CREATE VIEW w AS SELECT id, feeling, tags FROM v;
CREATE OR REPLACE VIEW v AS SELECT * FROM w;
