-- Where PostgreSQL puts the members of a btree family: a same-type member
-- added after the class for its type exists is tied to the class, one added
-- before belongs to the family; cross-type members and optional support
-- functions (sort support) always belong to the family; DROP OPERATOR
-- CLASS takes the members tied to the class and keeps the family.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE OPERATOR FAMILY f USING btree;
ALTER OPERATOR FAMILY f USING btree ADD OPERATOR 1 < (integer, integer), OPERATOR 1 < (integer, bigint);
CREATE OPERATOR CLASS c FOR TYPE integer USING btree FAMILY f AS
    OPERATOR 5 >, FUNCTION 2 btint4sortsupport(internal);
ALTER OPERATOR FAMILY f USING btree ADD OPERATOR 3 = (integer, integer);
CREATE OPERATOR CLASS gone FOR TYPE bigint USING btree FAMILY f AS OPERATOR 3 =;
DROP OPERATOR CLASS gone USING btree;
DROP OPERATOR CLASS IF EXISTS gone USING btree;
