-- Catalog queries of the live inspector, one per object kind.
--
-- Every query is run once per inspection, inside one READ ONLY REPEATABLE
-- READ transaction with search_path = '' (so that format_type, pg_get_expr and
-- the other pg_get_* functions qualify every name outside pg_catalog).
--
-- A query starts with a line "-- name: NAME" or "-- name: NAME (MAJOR)"; the
-- second form is a variant used on servers of major version MAJOR and later,
-- and the inspector picks, for each name, the variant with the highest MAJOR
-- not above the server's. A name without "(MAJOR)" is the variant for every
-- major from 13 on.
--
-- Parameters shared by all catalog queries:
--   $1 text[]: schemas to include (empty: all user schemas);
--   $2 text[]: schemas to exclude.
-- Every catalog query uses both, so that the Go side passes the same
-- arguments to each.
--
-- Objects in system schemas and objects that belong to an extension
-- (pg_depend.deptype 'e') are left out here. User schemas cannot start with
-- "pg_" (PostgreSQL reserves the prefix), so "nspname NOT LIKE 'pg\_%'" drops
-- pg_catalog, pg_toast, pg_temp_N and pg_toast_temp_N at once.

-- name: session
-- Sets the session state that makes pg_get_* output deterministic for the
-- rest of the transaction (is_local = true: like SET LOCAL) and reports the
-- server's version number, which selects the query variants. lc_monetary
-- decides how money constants print ('$12.34' in the C locale).
SELECT pg_catalog.set_config('search_path', '', true),
       pg_catalog.set_config('TimeZone', 'UTC', true),
       pg_catalog.set_config('DateStyle', 'ISO, MDY', true),
       pg_catalog.set_config('IntervalStyle', 'postgres', true),
       pg_catalog.set_config('extra_float_digits', '3', true),
       pg_catalog.set_config('lc_monetary', 'C', true),
       pg_catalog.current_setting('server_version_num')::pg_catalog.int4

-- name: schemas
SELECT n.nspname,
       d.description
FROM pg_catalog.pg_namespace n
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = n.oid AND d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                    AND x.objid = n.oid AND x.deptype = 'e')
ORDER BY n.nspname

-- name: extensions
-- version and comment are NULL when they equal the control file's defaults.
SELECT e.extname,
       n.nspname,
       NULLIF(e.extversion, a.default_version),
       NULLIF(d.description, a.comment)
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_catalog.pg_available_extensions a ON a.name = e.extname
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = e.oid AND d.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
ORDER BY e.extname

-- name: enums
SELECT n.nspname,
       t.typname,
       ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e
             WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder),
       d.description
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objsubid = 0
WHERE t.typtype = 'e'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY n.nspname, t.typname

-- name: sequences
-- Sequences behind identity columns (an internal dependency, deptype 'i', on
-- a table column) are part of the column and left out; a serial column's
-- sequence has an automatic one (deptype 'a': OWNED BY).
SELECT n.nspname,
       c.relname,
       pg_catalog.format_type(s.seqtypid, NULL),
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       own_n.nspname, own_c.relname, own_a.attname,
       d.description
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend own
       ON own.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND own.objid = c.oid
      AND own.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND own.refobjsubid > 0
      AND own.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class own_c ON own_c.oid = own.refobjid
LEFT JOIN pg_catalog.pg_namespace own_n ON own_n.oid = own_c.relnamespace
LEFT JOIN pg_catalog.pg_attribute own_a ON own_a.attrelid = own.refobjid AND own_a.attnum = own.refobjsubid
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.relkind = 'S'
  AND own.deptype IS DISTINCT FROM 'i'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname

-- name: tables
-- Ordinary and partitioned tables, partitions included. The storage
-- parameters are the table's reloptions followed by its TOAST table's, the
-- latter prefixed "toast." as in WITH (toast.name = value). The two name
-- arrays are the INHERITS parents in declaration order, or the one parent of
-- a partition. A partition bound holds constants only, so it is printed
-- without looking its table up (pg_get_expr(relpartbound, 0)), which is
-- much faster and prints the same text.
SELECT c.oid,
       n.nspname,
       c.relname,
       c.relkind = 'p',
       c.relispartition,
       c.relpersistence = 'u',
       CASE WHEN am.amname <> 'heap' THEN am.amname END,
       ARRAY(SELECT o FROM pg_catalog.unnest(c.reloptions) o
             UNION ALL
             SELECT 'toast.' || o FROM pg_catalog.pg_class tc, pg_catalog.unnest(tc.reloptions) o
             WHERE tc.oid = c.reltoastrelid),
       ARRAY(SELECT pn.nspname FROM pg_catalog.pg_inherits i
             JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
             JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno),
       ARRAY(SELECT p.relname FROM pg_catalog.pg_inherits i
             JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno),
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, 0) END,
       c.relreplident,
       CASE WHEN c.relreplident = 'i' THEN
           (SELECT ic.relname FROM pg_catalog.pg_index ri
            JOIN pg_catalog.pg_class ic ON ic.oid = ri.indexrelid
            WHERE ri.indrelid = c.oid AND ri.indisreplident) END,
       d.description
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname

-- name: columns (13)
-- A DEFAULT expression cannot refer to columns, so it is printed without its
-- table (pg_get_expr(adbin, 0)): the same text, but some 100 times faster
-- than pg_get_expr(adbin, adrelid), which looks the table up for every row.
-- Generated columns refer to other columns and need the table.
-- PostgreSQL 13 has no pg_attribute.attcompression: compression is ''.
SELECT a.attrelid,
       a.attname,
       pg_catalog.format_type(a.atttypid, a.atttypmod),
       CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation::pg_catalog.regcollation::text END,
       a.attnotnull,
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0)
            ELSE pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END,
       a.attidentity::text,
       a.attgenerated::text,
       NULLIF(a.attstattarget::pg_catalog.int4, -1),
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END,
       ''::text,
       a.attislocal,
       d.description,
       sc.relname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = a.attnum
LEFT JOIN (pg_catalog.pg_depend idep
           JOIN pg_catalog.pg_sequence s ON s.seqrelid = idep.objid
           JOIN pg_catalog.pg_class sc ON sc.oid = s.seqrelid)
       ON a.attidentity <> '' AND idep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND idep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND idep.refobjid = a.attrelid AND idep.refobjsubid = a.attnum AND idep.deptype = 'i'
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY a.attrelid, a.attnum

-- name: columns (14)
-- From PostgreSQL 14 on, attcompression is 'p' (pglz), 'l' (lz4) or ''.
SELECT a.attrelid,
       a.attname,
       pg_catalog.format_type(a.atttypid, a.atttypmod),
       CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation::pg_catalog.regcollation::text END,
       a.attnotnull,
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0)
            ELSE pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END,
       a.attidentity::text,
       a.attgenerated::text,
       NULLIF(a.attstattarget::pg_catalog.int4, -1),
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END,
       a.attcompression::text,
       a.attislocal,
       d.description,
       sc.relname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = a.attnum
LEFT JOIN (pg_catalog.pg_depend idep
           JOIN pg_catalog.pg_sequence s ON s.seqrelid = idep.objid
           JOIN pg_catalog.pg_class sc ON sc.oid = s.seqrelid)
       ON a.attidentity <> '' AND idep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND idep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND idep.refobjid = a.attrelid AND idep.refobjsubid = a.attnum AND idep.deptype = 'i'
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY a.attrelid, a.attnum

-- name: constraints
-- Left out: NOT NULL rows (contype 'n', PostgreSQL 18: they are
-- Column.NotNull), constraints cloned onto partitions (conparentid <> 0) and
-- CHECK constraints that are only inherited (not conislocal).
-- index_options are the reloptions of the index behind a primary key, unique
-- or exclusion constraint (pg_get_constraintdef does not print all of them),
-- index_comment the COMMENT ON INDEX text of that index. The last column
-- holds the statistics targets of the attributes of an exclusion
-- constraint's index, as in the indexes query.
SELECT con.conrelid,
       con.conname,
       pg_catalog.pg_get_constraintdef(con.oid),
       CASE WHEN con.contype IN ('p', 'u', 'x') THEN ci.reloptions END,
       d.description,
       CASE WHEN con.contype IN ('p', 'u', 'x') THEN di.description END,
       CASE WHEN con.contype = 'x' THEN
       (SELECT pg_catalog.array_agg(COALESCE(a.attstattarget::pg_catalog.int4, -1) ORDER BY a.attnum)
        FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = con.conindid AND a.attnum > 0
        HAVING pg_catalog.bool_or(COALESCE(a.attstattarget::pg_catalog.int4, -1) <> -1)) END
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class ci ON ci.oid = con.conindid
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = con.oid AND d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objsubid = 0
LEFT JOIN pg_catalog.pg_description di
       ON di.objoid = con.conindid AND di.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND di.objsubid = 0
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND con.conparentid = 0
  AND (con.contype <> 'c' OR con.conislocal)
  AND c.relkind IN ('r', 'p')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY con.conrelid, con.conname

-- name: indexes
-- Left out: indexes behind a primary key, unique or exclusion constraint of
-- their table (they are Table.Constraints) and indexes with a parent index
-- (pg_inherits: cloned onto or attached to a partition).
-- The last but one column holds the statistics target of every index
-- attribute in attnum order, -1 for the default (PostgreSQL 17:
-- attstattarget is NULL then; before: -1), or is NULL when all are the
-- default. The last column is true for an invalid index of a plain table
-- (pg_index indisvalid false: a failed or killed CREATE INDEX
-- CONCURRENTLY). An index ON ONLY a partitioned table is invalid until
-- every partition's index is attached: that is modeled by the
-- attachments, not by this column.
SELECT i.indrelid,
       ic.relname,
       pg_catalog.pg_get_indexdef(i.indexrelid),
       ic.reloptions,
       d.description,
       (SELECT pg_catalog.array_agg(COALESCE(a.attstattarget::pg_catalog.int4, -1) ORDER BY a.attnum)
        FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = i.indexrelid AND a.attnum > 0
        HAVING pg_catalog.bool_or(COALESCE(a.attstattarget::pg_catalog.int4, -1) <> -1)),
       NOT i.indisvalid AND c.relkind = 'r'
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = i.indexrelid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p')
  AND i.indexrelid NOT IN (SELECT con.conindid FROM pg_catalog.pg_constraint con
                           WHERE con.contype IN ('p', 'u', 'x'))
  AND i.indexrelid NOT IN (SELECT inh.inhrelid FROM pg_catalog.pg_inherits inh)
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY i.indrelid, ic.relname
