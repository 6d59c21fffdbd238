-- Foreign-data wrappers, servers and foreign tables (inspect/foreign.go).
-- Wrappers and servers belong to no schema: the schema filter does not
-- apply to them ($1 and $2 are only named, so that every query takes the
-- same parameters). Objects an extension created are left out.

-- name: foreign_data_wrappers
SELECT w.fdwname,
       CASE WHEN w.fdwhandler <> 0 THEN w.fdwhandler::pg_catalog.regproc::text END,
       CASE WHEN w.fdwvalidator <> 0 THEN w.fdwvalidator::pg_catalog.regproc::text END,
       w.fdwoptions,
       d.description
FROM pg_catalog.pg_foreign_data_wrapper w
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = w.oid AND d.classoid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass AND d.objsubid = 0
WHERE pg_catalog.cardinality($1::text[]) >= 0 AND pg_catalog.cardinality($2::text[]) >= 0
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
                    AND x.objid = w.oid AND x.deptype = 'e')
ORDER BY w.fdwname

-- name: foreign_servers
SELECT s.srvname,
       w.fdwname,
       s.srvtype,
       s.srvversion,
       s.srvoptions,
       d.description
FROM pg_catalog.pg_foreign_server s
JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = s.oid AND d.classoid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass AND d.objsubid = 0
WHERE pg_catalog.cardinality($1::text[]) >= 0 AND pg_catalog.cardinality($2::text[]) >= 0
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
                    AND x.objid = s.oid AND x.deptype = 'e')
ORDER BY s.srvname

-- name: foreign_tables
SELECT c.oid,
       n.nspname,
       c.relname,
       s.srvname,
       ft.ftoptions,
       d.description
FROM pg_catalog.pg_foreign_table ft
JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname

-- name: foreign_columns
-- The columns of the foreign tables, in attribute order; defaults are
-- printed without their table, as for ordinary tables.
SELECT a.attrelid,
       a.attname,
       pg_catalog.format_type(a.atttypid, a.atttypmod),
       CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation::pg_catalog.regcollation::text END,
       a.attnotnull,
       pg_catalog.pg_get_expr(ad.adbin, 0),
       a.attfdwoptions,
       d.description
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind = 'f'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY a.attrelid, a.attnum

-- name: user_mappings
-- pg_user_mappings shows the options to a superuser, to the server's owner
-- and to the mapped user; usename is 'public' for PUBLIC (no role may be
-- called public).
SELECT um.srvname,
       CASE WHEN um.umuser = 0 THEN 'PUBLIC' ELSE um.usename::text END,
       um.umoptions
FROM pg_catalog.pg_user_mappings um
WHERE pg_catalog.cardinality($1::text[]) >= 0 AND pg_catalog.cardinality($2::text[]) >= 0
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
                    AND x.objid = um.srvid AND x.deptype = 'e')
ORDER BY um.srvname, 2
