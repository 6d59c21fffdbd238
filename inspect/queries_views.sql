-- Catalog queries for views, materialized views and rules (see queries.sql
-- for the format). Every query takes $1 (schemas to include, empty for all)
-- and $2 (schemas to exclude) and leaves out system schemas and objects
-- that belong to an extension.

-- name: views
-- Views and materialized views with their columns (names, format_type
-- types, defaults and comments, in attnum order). The check_option
-- reloption is returned apart from the other reloptions.
SELECT n.nspname,
       c.relname,
       c.relkind = 'm',
       pg_catalog.pg_get_viewdef(c.oid),
       ARRAY(SELECT o FROM pg_catalog.unnest(c.reloptions) o WHERE o NOT LIKE 'check\_option=%'),
       (SELECT pg_catalog.substr(o, 14) FROM pg_catalog.unnest(c.reloptions) o WHERE o LIKE 'check\_option=%'),
       c.relispopulated,
       d.description,
       ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) FROM pg_catalog.pg_attribute a
             LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT cd.description FROM pg_catalog.pg_attribute a
             LEFT JOIN pg_catalog.pg_description cd
                    ON cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
                   AND cd.objsubid = a.attnum
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.relkind IN ('v', 'm')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname

-- name: view_indexes
-- The indexes of materialized views; the last column is the statistics
-- targets, as in the indexes query.
SELECT n.nspname,
       c.relname,
       ic.relname,
       pg_catalog.pg_get_indexdef(i.indexrelid),
       ic.reloptions,
       d.description,
       (SELECT pg_catalog.array_agg(COALESCE(a.attstattarget::pg_catalog.int4, -1) ORDER BY a.attnum)
        FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = i.indexrelid AND a.attnum > 0
        HAVING pg_catalog.bool_or(COALESCE(a.attstattarget::pg_catalog.int4, -1) <> -1))
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = i.indexrelid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.relkind = 'm'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname, ic.relname

-- name: rules
-- Rewrite rules other than the _RETURN rules that implement views.
SELECT n.nspname,
       c.relname,
       r.rulename,
       pg_catalog.pg_get_ruledef(r.oid),
       r.ev_enabled::text,
       d.description
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = r.oid AND d.classoid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objsubid = 0
WHERE r.rulename <> '_RETURN'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname, r.rulename
