CREATE DOMAIN money_cents AS bigint;
CREATE FUNCTION cents_v1(numeric) RETURNS money_cents LANGUAGE sql IMMUTABLE AS 'SELECT ($1 * 100)::bigint';
CREATE CAST (numeric AS money_cents) WITH FUNCTION cents_v1(numeric) AS ASSIGNMENT;
