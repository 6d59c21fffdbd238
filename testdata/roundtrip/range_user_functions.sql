-- Range types whose subtype_diff is a user function, and domains whose
-- default calls one: inspect --format sql (ddl.Render) creates such
-- functions first (a string body or a SQL-standard one that reads no
-- table), then the types, then the functions whose signature uses the
-- types, then the tables.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE SCHEMA geo;
CREATE FUNCTION geo.span_diff(double precision, double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT $1 - $2';
CREATE TYPE geo.span AS RANGE (subtype = double precision, subtype_diff = geo.span_diff);
CREATE FUNCTION geo.a_width(r geo.span) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS 'SELECT upper(r) - lower(r)';
CREATE FUNCTION geo.num_diff(a numeric, b numeric) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT RETURN (a - b)::double precision;
CREATE TYPE geo.numspan AS RANGE (subtype = numeric, subtype_diff = geo.num_diff,
    multirange_type_name = geo.numspans);
CREATE DOMAIN geo.short_span AS geo.span CHECK (NOT isempty(VALUE));
CREATE FUNCTION geo.default_size() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 3';
CREATE DOMAIN geo.size AS integer DEFAULT geo.default_size();
CREATE TYPE geo.box AS (s geo.span, n geo.size);
CREATE FUNCTION geo.b_first(b geo.box) RETURNS geo.numspans
    LANGUAGE sql IMMUTABLE RETURN geo.numspans();
CREATE TABLE geo.area (
    id integer PRIMARY KEY,
    s geo.span,
    ss geo.short_span,
    n geo.numspan,
    ns geo.numspans,
    b geo.box,
    size geo.size
);
CREATE FUNCTION geo.area_width(a geo.area) RETURNS double precision
    LANGUAGE sql STABLE RETURN geo.a_width((a).s);
