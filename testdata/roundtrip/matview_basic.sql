-- Materialized views: WITH [NO] DATA, indexes, storage parameters.
CREATE TABLE event (id integer PRIMARY KEY, kind text, at timestamptz);
CREATE MATERIALIZED VIEW event_kind AS SELECT kind, count(*) AS n FROM event GROUP BY kind;
CREATE UNIQUE INDEX event_kind_kind ON event_kind (kind);
CREATE INDEX ON event_kind (n DESC) WHERE n > 10;
COMMENT ON INDEX event_kind_kind IS 'one row per kind';
CREATE MATERIALIZED VIEW event_later AS SELECT id, at FROM event WITH NO DATA;
CREATE MATERIALIZED VIEW event_opts WITH (fillfactor = 70, autovacuum_enabled = false) AS SELECT id FROM event;
CREATE MATERIALIZED VIEW event_cols (event_id, event_kind) AS SELECT id, kind FROM event;
CREATE INDEX event_cols_lower ON event_cols (lower(event_kind));
CREATE MATERIALIZED VIEW event_refreshed AS SELECT id FROM event WITH NO DATA;
REFRESH MATERIALIZED VIEW event_refreshed;
CREATE MATERIALIZED VIEW event_emptied AS SELECT id FROM event;
REFRESH MATERIALIZED VIEW event_emptied WITH NO DATA;
