-- CREATE OPERATOR over built-in functions: binary and prefix operators,
-- commutators, negators, estimators, HASHES and MERGES, comments.
CREATE OPERATOR public.~<< (
    FUNCTION = textregexeq,
    LEFTARG = text,
    RIGHTARG = text
);
CREATE OPERATOR === (
    PROCEDURE = int4eq, LEFTARG = integer, RIGHTARG = integer,
    COMMUTATOR = ===, NEGATOR = !==, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR !== (
    FUNCTION = int4ne, LEFTARG = integer, RIGHTARG = integer,
    COMMUTATOR = !==, NEGATOR = ===, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @- (FUNCTION = int4um, RIGHTARG = integer);
COMMENT ON OPERATOR === (integer, integer) IS 'equal';
COMMENT ON OPERATOR @- (NONE, integer) IS 'negative';
CREATE OPERATOR ##+ (FUNCTION = int4pl, LEFTARG = integer, RIGHTARG = integer);
DROP OPERATOR ##+ (integer, integer);
