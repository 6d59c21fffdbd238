-- Catalog queries of triggers and event triggers (see queries.sql for the
-- conventions).

-- name: triggers
-- Left out: internal triggers (those behind foreign keys) and triggers
-- cloned onto partitions (tgparentid <> 0: they belong to the partitioned
-- parent). relkind tells a table ('r', 'p') from a view or foreign table,
-- whose triggers are read without column types. tgenabled: 'O' origin (the
-- default), 'D' disabled, 'R' replica, 'A' always.
SELECT t.tgrelid,
       n.nspname,
       c.relname,
       c.relkind::text,
       t.tgname,
       pg_catalog.pg_get_triggerdef(t.oid),
       t.tgenabled::text,
       d.description
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND d.objsubid = 0
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
                    AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname, t.tgname

-- name: event_triggers
-- Event triggers belong to no schema: the schema filter applies to the
-- schema of their function. evtenabled as tgenabled above.
SELECT e.evtname,
       e.evtevent,
       e.evttags,
       fn.nspname,
       f.proname,
       e.evtenabled::text,
       d.description
FROM pg_catalog.pg_event_trigger e
JOIN pg_catalog.pg_proc f ON f.oid = e.evtfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = e.oid AND d.classoid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass AND d.objsubid = 0
WHERE (pg_catalog.cardinality($1::text[]) = 0 OR fn.nspname = ANY ($1::text[]))
  AND NOT fn.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass
                    AND x.objid = e.oid AND x.deptype = 'e')
ORDER BY e.evtname
