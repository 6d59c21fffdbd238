-- Catalog queries of the live inspector for extended statistics objects
-- (CREATE STATISTICS; see queries.sql for the format and the parameters $1
-- and $2). A statistics object is filtered by its own schema, which need
-- not be its table's.

-- name: statistics
-- One row per statistics object: its schema and name, its table's OID,
-- schema and name, the kinds (stxkind without 'e', which PostgreSQL adds by
-- itself for expressions), the column keys in stxkeys order (attnum order),
-- the expression keys (none before PostgreSQL 14), the target (-1 for the
-- default) and the comment.
SELECT n.nspname,
       s.stxname,
       s.stxrelid::pg_catalog.oid,
       cn.nspname,
       c.relname,
       ARRAY(SELECT k.kind::text FROM pg_catalog.unnest(s.stxkind) WITH ORDINALITY k(kind, i)
             WHERE k.kind <> 'e' ORDER BY k.i),
       ARRAY(SELECT a.attname::text
             FROM pg_catalog.unnest(s.stxkeys::pg_catalog.int2[]) WITH ORDINALITY k(attnum, i)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = s.stxrelid AND a.attnum = k.attnum
             ORDER BY k.i),
       NULL::text[],
       NULLIF(s.stxstattarget, -1)::pg_catalog.int4,
       d.description
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = s.oid AND d.classoid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
                    AND x.objid = s.oid AND x.deptype = 'e')
ORDER BY n.nspname, s.stxname

-- name: statistics (14)
-- PostgreSQL 14 adds expression keys (stxexprs), printed one by one by
-- pg_get_statisticsobjdef_expressions. PostgreSQL 17 makes stxstattarget
-- a nullable int2, NULL for the default: NULLIF and the cast give every
-- major the same NULL-or-int4 column.
SELECT n.nspname,
       s.stxname,
       s.stxrelid::pg_catalog.oid,
       cn.nspname,
       c.relname,
       ARRAY(SELECT k.kind::text FROM pg_catalog.unnest(s.stxkind) WITH ORDINALITY k(kind, i)
             WHERE k.kind <> 'e' ORDER BY k.i),
       ARRAY(SELECT a.attname::text
             FROM pg_catalog.unnest(s.stxkeys::pg_catalog.int2[]) WITH ORDINALITY k(attnum, i)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = s.stxrelid AND a.attnum = k.attnum
             ORDER BY k.i),
       pg_catalog.pg_get_statisticsobjdef_expressions(s.oid),
       NULLIF(s.stxstattarget, -1)::pg_catalog.int4,
       d.description
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = s.oid AND d.classoid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
                    AND x.objid = s.oid AND x.deptype = 'e')
ORDER BY n.nspname, s.stxname
