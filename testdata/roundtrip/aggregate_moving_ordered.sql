-- Moving-aggregate support and an ordered-set aggregate.
CREATE FUNCTION fin_extra(bigint[], integer) RETURNS bigint LANGUAGE sql AS 'SELECT $1[1]';

CREATE AGGREGATE moving_sum(integer) (
    SFUNC = int4_avg_accum,
    STYPE = bigint[],
    INITCOND = '{0,0}',
    FINALFUNC = int8_avg,
    MSFUNC = int4_avg_accum,
    MINVFUNC = int4_avg_accum_inv,
    MSTYPE = bigint[],
    MINITCOND = '{0,0}',
    MFINALFUNC = int8_avg,
    SSPACE = 16
);

CREATE FUNCTION osa_step(bigint[], text) RETURNS bigint[] LANGUAGE sql AS 'SELECT $1';
CREATE FUNCTION osa_final(bigint[], integer, text) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';

CREATE AGGREGATE pick(integer ORDER BY text) (
    SFUNC = osa_step,
    STYPE = bigint[],
    FINALFUNC = osa_final,
    FINALFUNC_EXTRA
);

CREATE AGGREGATE drop_me(integer) (SFUNC = int4pl, STYPE = integer);
DROP AGGREGATE drop_me(integer);
