CREATE DOMAIN money_cents AS bigint;
CREATE FUNCTION cents_v2(numeric) RETURNS money_cents LANGUAGE sql IMMUTABLE AS 'SELECT round($1 * 100)::bigint';
CREATE CAST (numeric AS money_cents) WITH FUNCTION cents_v2(numeric) AS IMPLICIT;
COMMENT ON CAST (numeric AS money_cents) IS 'rounds';
