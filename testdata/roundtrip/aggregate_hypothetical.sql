-- A hypothetical-set aggregate (its variadic argument is listed once), an
-- aggregate with serial/deserial and combine functions, and comments on
-- ordered-set signatures.
CREATE FUNCTION hyp_step(internal, VARIADIC "any") RETURNS internal LANGUAGE internal AS 'ordered_set_transition_multi';
CREATE AGGREGATE my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = hyp_step,
    STYPE = internal,
    FINALFUNC = rank_final,
    FINALFUNC_EXTRA,
    HYPOTHETICAL
);
COMMENT ON AGGREGATE my_rank(VARIADIC "any" ORDER BY VARIADIC "any") IS 'rank';

CREATE AGGREGATE my_avg(numeric) (
    SFUNC = numeric_avg_accum,
    STYPE = internal,
    SSPACE = 128,
    FINALFUNC = numeric_avg,
    COMBINEFUNC = numeric_avg_combine,
    SERIALFUNC = numeric_avg_serialize,
    DESERIALFUNC = numeric_avg_deserialize,
    PARALLEL = SAFE
);
