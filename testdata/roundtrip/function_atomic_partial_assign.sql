-- Assignments to part of a column in BEGIN ATOMIC bodies (UPDATE ... SET
-- a[1] = ..., SET c.f = ..., INSERT INTO t (a[1], c.f)) written otherwise
-- than pg_get_function_sqlbody prints them: subscripts are converted to
-- integer and qualified, the value is converted to the type of the part
-- (an element, a slice, a field, a field of an element, an element of a
-- field).
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TYPE pt AS (x integer, "Y" text, n numeric(6,2), arr integer[]);
CREATE DOMAIN int_list AS integer[];
CREATE DOMAIN pt_dom AS pt;
CREATE TABLE point_row (px bigint, label varchar(10));
CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer[],
    c pt,
    cs pt[],
    v varchar(5)[],
    d int_list,
    r point_row,
    big bigint[],
    dc pt_dom
);

CREATE FUNCTION set_parts(k integer) RETURNS void LANGUAGE sql
BEGIN ATOMIC
    UPDATE t SET a['1'] = '5', a[id] = id, a[:2] = '{1,2}', a[id + 1:] = NULL WHERE id = k;
    UPDATE t SET c.x = '3', c."Y" = 'q', c.n = 1.5, c.arr[2] = '7', cs[1].x = '4' WHERE t.id = k;
    UPDATE t AS x SET v[1] = 'abc', d[1] = '8', r.label = 'row', r.px = 1, big[1] = '9' WHERE x.id = k;
    UPDATE t SET (a[1], c."Y") = ('1', 'w');
    UPDATE t SET dc."Y" = 'dom', dc.arr[1] = '1';
    UPDATE t SET (a['2'], c.x) = (SELECT 1, 2), id = k WHERE false;
END;

CREATE FUNCTION insert_parts(k integer) RETURNS void LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO t (id, a[1], c.x, c."Y") VALUES (k, '2', '3', 'z');
    INSERT INTO t (id, a[1], a[2], v[1], cs[1].arr[1]) VALUES (k + 1, '1', 2, 'abc', '6'), (k + 2, 3, '4', 'de', 7);
    INSERT INTO t AS tt (id, c.x) SELECT id + 10, id FROM t;
    INSERT INTO t (id, a[2:3]) VALUES (k + 3, '{1,2}')
        ON CONFLICT (id) DO UPDATE SET a[1] = '11', c.x = '12';
END;

-- Rule actions are printed by the same code: the same canonical form.
CREATE TABLE t_log (id integer, a integer[], c pt);
CREATE RULE t_log_touch AS ON INSERT TO t_log
    DO ALSO UPDATE t SET a[id] = '1', c.x = new.id, c."Y" = 'ins' WHERE t.id = new.id;
