-- Aggregates: state function, state type, final function, initial state,
-- combine function, parallel safety, (*) and multi-argument forms.
CREATE FUNCTION _group_concat(text, text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || ', ' || $2 END $_$;

CREATE AGGREGATE group_concat(text) (
    SFUNC = _group_concat,
    STYPE = text
);

CREATE FUNCTION sum_final(bigint) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
CREATE FUNCTION count_step(bigint) RETURNS bigint LANGUAGE sql AS 'SELECT $1 + 1';

CREATE AGGREGATE my_count(*) (
    SFUNC = count_step,
    STYPE = bigint,
    INITCOND = '0',
    FINALFUNC = sum_final,
    PARALLEL = SAFE
);

CREATE AGGREGATE my_sum(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    COMBINEFUNC = int4pl,
    INITCOND = '0',
    SORTOP = >
);

CREATE FUNCTION pair_step(bigint[], integer, integer) RETURNS bigint[] LANGUAGE sql AS 'SELECT $1';

CREATE AGGREGATE pair_agg(a integer, b integer) (
    SFUNC = public.pair_step,
    STYPE = bigint[],
    INITCOND = '{0,0}',
    FINALFUNC_MODIFY = READ_WRITE
);

COMMENT ON AGGREGATE group_concat(text) IS 'concatenates';
COMMENT ON AGGREGATE my_count(*) IS 'counts';
