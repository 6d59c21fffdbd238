-- GROUP BY and ORDER BY items that resolve to constants keep an explicit
-- cast (as PostgreSQL prints them): a bare integer there would read as an
-- output column number when the view is created again.
CREATE TABLE t (a integer, b text);
CREATE VIEW v AS
    SELECT a, 24 AS k, 'x'::text AS s, count(*) AS n
    FROM t
    GROUP BY 1, 2, 3
    ORDER BY 2, 1;
