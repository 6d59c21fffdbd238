-- %TYPE argument types resolve to the column's type (without modifier);
-- ALTER SCHEMA ... RENAME moves functions and the types they name.
CREATE SCHEMA old_name;
CREATE TABLE old_name.acct (id bigint, code varchar(12), tags text[]);
CREATE TYPE old_name.lvl AS ENUM ('a', 'b');

CREATE FUNCTION old_name.by_code(c old_name.acct.code%TYPE, i old_name.acct.id%TYPE) RETURNS old_name.acct.tags%TYPE
    LANGUAGE sql AS 'SELECT NULL::text[]';
CREATE FUNCTION old_name.lv(l old_name.lvl) RETURNS old_name.acct LANGUAGE sql AS 'SELECT NULL::old_name.acct';
CREATE FUNCTION old_name.lv_step(old_name.lvl, old_name.lvl) RETURNS old_name.lvl LANGUAGE sql AS 'SELECT $2';
CREATE AGGREGATE old_name.lv_agg(old_name.lvl) (SFUNC = old_name.lv_step, STYPE = old_name.lvl);

ALTER SCHEMA old_name RENAME TO new_name;
COMMENT ON FUNCTION new_name.lv(new_name.lvl) IS 'after the rename';
