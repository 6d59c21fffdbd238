CREATE TABLE reading (id integer PRIMARY KEY, amount numeric(10,2), label text);
CREATE VIEW v AS SELECT id, amount, label FROM reading;
CREATE MATERIALIZED VIEW m AS SELECT id, amount * 2 AS twice, label FROM v WITH NO DATA;
CREATE UNIQUE INDEX m_id ON m (id);
CREATE OR REPLACE VIEW v AS SELECT m.id, (m.twice / 2)::numeric(10,2) AS amount, m.label FROM m;
CREATE VIEW over_v AS SELECT id FROM v;
