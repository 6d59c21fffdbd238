-- Expression statistics (PostgreSQL 14+): a single expression (no kinds),
-- columns and expressions mixed, a parenthesized column that is a column
-- key, canonical expressions (casts, operators, functions).
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE events (id bigint, at timestamp with time zone, kind varchar(20), amount numeric(10,2), tags text[]);
CREATE STATISTICS events_day ON (date_trunc('day', at)) FROM events;
CREATE STATISTICS events_mixed (ndistinct, mcv) ON kind, (lower(kind)), (amount * 2) FROM events;
CREATE STATISTICS events_paren ON (kind), id FROM events;
CREATE STATISTICS events_len ON (array_length(tags, 1)), (amount > 100) FROM events;
ALTER STATISTICS events_day SET STATISTICS 1000;
COMMENT ON STATISTICS events_mixed IS 'expressions';
