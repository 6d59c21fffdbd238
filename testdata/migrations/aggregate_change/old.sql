-- An aggregate's initial state changes (replaced) and another one's state
-- type changes (dropped and created).
CREATE AGGREGATE s1(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
CREATE AGGREGATE s2(bigint) (SFUNC = int8pl, STYPE = bigint);
