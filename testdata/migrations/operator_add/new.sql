CREATE OPERATOR === (FUNCTION = int4eq, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = ===, NEGATOR = !==, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR !== (FUNCTION = int4ne, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = !==, NEGATOR = ===);
COMMENT ON OPERATOR === (integer, integer) IS 'equal';
CREATE TABLE t (a integer);
