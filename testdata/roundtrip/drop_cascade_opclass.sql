-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- DROP OPERATOR / FUNCTION / TYPE and operator classes and families: a
-- class uses its operators, support functions and type (normal
-- dependencies), so with CASCADE it goes with them, and the indexes that
-- use it go with it; its family stays. A member of a family that is not
-- tied to a class (ALTER OPERATOR FAMILY ... ADD before the class exists,
-- cross-type members) has automatic dependencies: it goes with its
-- operator or function even without CASCADE.
CREATE TYPE pair AS (x integer, y integer);
CREATE FUNCTION pair_cmp(pair, pair) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE FUNCTION pair_lt(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE FUNCTION pair_eq(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE FUNCTION pair_hash(pair) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE FUNCTION pair_lt_int(pair, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE FUNCTION pair_cmp_int(pair, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE OPERATOR <<< (LEFTARG = pair, RIGHTARG = pair, FUNCTION = pair_lt);
CREATE OPERATOR === (LEFTARG = pair, RIGHTARG = pair, FUNCTION = pair_eq);
CREATE OPERATOR <<< (LEFTARG = pair, RIGHTARG = integer, FUNCTION = pair_lt_int);

-- a btree class and an index that names it
CREATE OPERATOR CLASS pair_ops FOR TYPE pair USING btree AS
    OPERATOR 1 <<<, FUNCTION 1 pair_cmp(pair, pair);
-- cross-type members belong to the family itself
ALTER OPERATOR FAMILY pair_ops USING btree ADD
    OPERATOR 1 <<< (pair, integer), FUNCTION 1 pair_cmp_int(pair, integer);
CREATE TABLE pt (id integer, p pair);
CREATE INDEX pt_p ON pt (p pair_ops);
CREATE INDEX pt_id ON pt (id);

-- a hash class
CREATE OPERATOR CLASS pair_hash_ops FOR TYPE pair USING hash AS
    OPERATOR 1 ===, FUNCTION 1 pair_hash(pair);

-- the cross-type operator and function go without CASCADE (the family
-- members with them)
DROP OPERATOR <<< (pair, integer);
DROP FUNCTION pair_cmp_int(pair, integer);
-- the btree class goes with its operator, and the index with the class
DROP OPERATOR <<< (pair, pair) CASCADE;
-- the hash class goes with its support function
DROP FUNCTION pair_hash(pair) CASCADE;

-- a class of a type that goes with the type, functions and operators too
CREATE TYPE tag AS (n text);
CREATE FUNCTION tag_cmp(tag, tag) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE OPERATOR CLASS tag_ops FOR TYPE tag USING btree AS FUNCTION 1 tag_cmp(tag, tag);
DROP TYPE tag CASCADE;

-- DROP SCHEMA ... CASCADE takes the classes of other schemas that use its
-- operators, and the indexes that use its classes.
CREATE SCHEMA ops;
CREATE TYPE code AS (n integer);
CREATE FUNCTION code_lt(code, code) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE FUNCTION code_cmp(code, code) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE OPERATOR ops.<<< (LEFTARG = code, RIGHTARG = code, FUNCTION = code_lt);
CREATE OPERATOR CLASS code_ops FOR TYPE code USING btree AS
    OPERATOR 1 ops.<<<, FUNCTION 1 code_cmp(code, code);
CREATE OPERATOR CLASS ops.code_ops2 FOR TYPE code USING btree AS
    FUNCTION 1 code_cmp(code, code);
CREATE TABLE ct (c code);
CREATE INDEX ct_c ON ct (c code_ops);
CREATE INDEX ct_c2 ON ct (c ops.code_ops2);
CREATE INDEX ct_keep ON ct (((c).n));
DROP SCHEMA ops CASCADE;

-- DROP OPERATOR CLASS / FAMILY ... CASCADE takes the indexes and
-- constraints that use the classes (a default class is used by a key that
-- names none).
CREATE TYPE cell AS (n integer);
CREATE FUNCTION cell_cmp(cell, cell) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE FUNCTION cell_eq(cell, cell) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR == (LEFTARG = cell, RIGHTARG = cell, FUNCTION = cell_eq);
CREATE OPERATOR CLASS cell_ops DEFAULT FOR TYPE cell USING btree AS
    OPERATOR 3 ==, FUNCTION 1 cell_cmp(cell, cell);
CREATE OPERATOR CLASS cell_ops2 FOR TYPE cell USING btree AS
    FUNCTION 1 cell_cmp(cell, cell);
CREATE TABLE cells (id integer PRIMARY KEY, a cell, b cell, c cell, CONSTRAINT cells_a_key UNIQUE (a));
CREATE INDEX cells_b ON cells (b);
CREATE INDEX cells_c ON cells (c cell_ops2);
CREATE INDEX cells_id ON cells (id);
DROP OPERATOR CLASS cell_ops2 USING btree CASCADE;
DROP OPERATOR FAMILY cell_ops USING btree CASCADE;
