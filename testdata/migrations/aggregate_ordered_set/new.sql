CREATE TABLE t (v integer);
CREATE FUNCTION osa_step(bigint[], text) RETURNS bigint[] LANGUAGE sql AS 'SELECT $1';
CREATE FUNCTION osa_final(bigint[], integer, text) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
CREATE AGGREGATE pick(integer ORDER BY text) (
    SFUNC = osa_step,
    STYPE = bigint[],
    FINALFUNC = osa_final,
    FINALFUNC_EXTRA
);
COMMENT ON AGGREGATE pick(integer ORDER BY text) IS 'ordered-set';
CREATE FUNCTION hyp_step(internal, VARIADIC "any") RETURNS internal LANGUAGE internal AS 'ordered_set_transition_multi';
CREATE AGGREGATE my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = hyp_step,
    STYPE = internal,
    FINALFUNC = rank_final,
    FINALFUNC_EXTRA,
    HYPOTHETICAL
);
