-- Catalog queries of the domains, composite types, range types, collations,
-- casts and operators (see queries.sql for the format and the parameters $1
-- and $2). Names of functions, operators and operator classes come as
-- arrays of raw parts, {schema, name} or {schema, name, argument types},
-- which the inspector quotes with schema.QuoteIdent (quote_ident's list of
-- keywords depends on the server's major).

-- name: domains
-- The base type as declared, the base type with nested domains resolved
-- (the type of VALUE and of the default), the collation when it differs
-- from the base type's, the default, NOT NULL, then the CHECK constraints
-- (names, expressions, NOT VALID flags and comments as parallel arrays,
-- ordered by name) and the comment.
SELECT n.nspname,
       t.typname,
       pg_catalog.format_type(t.typbasetype, t.typtypmod),
       (WITH RECURSIVE b(base, typmod) AS (
            SELECT t.typbasetype, t.typtypmod
            UNION ALL
            SELECT bt.typbasetype, bt.typtypmod FROM b JOIN pg_catalog.pg_type bt ON bt.oid = b.base
            WHERE bt.typtype = 'd')
        SELECT pg_catalog.format_type(b.base, b.typmod) FROM b
        JOIN pg_catalog.pg_type x ON x.oid = b.base WHERE x.typtype <> 'd'),
       CASE WHEN t.typcollation <> bt.typcollation THEN t.typcollation::pg_catalog.regcollation::text END,
       pg_catalog.pg_get_expr(t.typdefaultbin, 0),
       t.typnotnull,
       ARRAY(SELECT c.conname::text FROM pg_catalog.pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname),
       ARRAY(SELECT pg_catalog.pg_get_expr(c.conbin, 0) FROM pg_catalog.pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname),
       ARRAY(SELECT NOT c.convalidated FROM pg_catalog.pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname),
       ARRAY(SELECT COALESCE(cd.description, '') FROM pg_catalog.pg_constraint c
             LEFT JOIN pg_catalog.pg_description cd
                    ON cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND cd.objsubid = 0
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname),
       d.description
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objsubid = 0
WHERE t.typtype = 'd'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY n.nspname, t.typname

-- name: composite_types
-- Stand-alone composite types (the row type of a relation of relkind 'c'),
-- their attributes in position order as parallel arrays (name, type,
-- collation when it differs from the type's, comment) and the comment.
SELECT n.nspname,
       t.typname,
       ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT COALESCE(CASE WHEN a.attcollation <> at.typcollation THEN a.attcollation::pg_catalog.regcollation::text END, '')
             FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT COALESCE(ad.description, '') FROM pg_catalog.pg_attribute a
             LEFT JOIN pg_catalog.pg_description ad
                    ON ad.objoid = c.oid AND ad.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ad.objsubid = a.attnum
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       d.description
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objsubid = 0
WHERE t.typtype = 'c'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY n.nspname, t.typname

-- name: range_types
-- The subtype, its operator class when it is not the default one, the
-- collation when it differs from the subtype's, the canonical and
-- subtype_diff functions, the multirange type (NULL before 14) and the
-- comment.
SELECT n.nspname,
       t.typname,
       pg_catalog.format_type(r.rngsubtype, NULL),
       CASE WHEN NOT opc.opcdefault THEN ARRAY[opcn.nspname::text, opc.opcname::text] END,
       CASE WHEN r.rngcollation <> st.typcollation THEN r.rngcollation::pg_catalog.regcollation::text END,
       (SELECT ARRAY[pn.nspname::text, p.proname::text]
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = r.rngcanonical),
       (SELECT ARRAY[pn.nspname::text, p.proname::text]
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = r.rngsubdiff),
       NULL::text,
       NULL::text,
       d.description
FROM pg_catalog.pg_range r
JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
JOIN pg_catalog.pg_namespace opcn ON opcn.oid = opc.opcnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY n.nspname, t.typname

-- name: range_types (14)
SELECT n.nspname,
       t.typname,
       pg_catalog.format_type(r.rngsubtype, NULL),
       CASE WHEN NOT opc.opcdefault THEN ARRAY[opcn.nspname::text, opc.opcname::text] END,
       CASE WHEN r.rngcollation <> st.typcollation THEN r.rngcollation::pg_catalog.regcollation::text END,
       (SELECT ARRAY[pn.nspname::text, p.proname::text]
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = r.rngcanonical),
       (SELECT ARRAY[pn.nspname::text, p.proname::text]
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = r.rngsubdiff),
       mn.nspname::text,
       mt.typname::text,
       d.description
FROM pg_catalog.pg_range r
JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
JOIN pg_catalog.pg_namespace opcn ON opcn.oid = opc.opcnamespace
LEFT JOIN pg_catalog.pg_type mt ON mt.oid = r.rngmultitypid
LEFT JOIN pg_catalog.pg_namespace mn ON mn.oid = mt.typnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY n.nspname, t.typname

-- name: collations
-- Provider, ICU locale (PostgreSQL 13 and 14 keep it in collcollate),
-- libc locales, ICU rules (16 and later), deterministic, comment.
SELECT n.nspname,
       c.collname,
       CASE c.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE c.collprovider::text END,
       CASE WHEN c.collprovider <> 'c' THEN c.collcollate END,
       CASE WHEN c.collprovider = 'c' THEN c.collcollate END,
       CASE WHEN c.collprovider = 'c' THEN c.collctype END,
       NULL::text,
       c.collisdeterministic,
       d.description
FROM pg_catalog.pg_collation c
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.collname

-- name: collations (15)
SELECT n.nspname,
       c.collname,
       CASE c.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE c.collprovider::text END,
       CASE WHEN c.collprovider <> 'c' THEN c.colliculocale END,
       CASE WHEN c.collprovider = 'c' THEN c.collcollate END,
       CASE WHEN c.collprovider = 'c' THEN c.collctype END,
       NULL::text,
       c.collisdeterministic,
       d.description
FROM pg_catalog.pg_collation c
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.collname

-- name: collations (16)
SELECT n.nspname,
       c.collname,
       CASE c.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE c.collprovider::text END,
       CASE WHEN c.collprovider <> 'c' THEN c.colliculocale END,
       CASE WHEN c.collprovider = 'c' THEN c.collcollate END,
       CASE WHEN c.collprovider = 'c' THEN c.collctype END,
       c.collicurules,
       c.collisdeterministic,
       d.description
FROM pg_catalog.pg_collation c
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.collname

-- name: collations (17)
SELECT n.nspname,
       c.collname,
       CASE c.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE c.collprovider::text END,
       CASE WHEN c.collprovider <> 'c' THEN c.colllocale END,
       CASE WHEN c.collprovider = 'c' THEN c.collcollate END,
       CASE WHEN c.collprovider = 'c' THEN c.collctype END,
       c.collicurules,
       c.collisdeterministic,
       d.description
FROM pg_catalog.pg_collation c
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.collname

-- name: casts
-- User-defined casts: not built in (oid 16384 and up), not an extension's,
-- and not the casts a range type creates along with its multirange type
-- (an internal dependency).
-- A cast belongs to no schema: it is read when its source or its target
-- type lives in an included schema, and left out when either lives in an
-- excluded one.
SELECT pg_catalog.format_type(c.castsource, NULL),
       pg_catalog.format_type(c.casttarget, NULL),
       CASE c.castmethod WHEN 'f' THEN 'function' WHEN 'b' THEN 'binary' ELSE 'inout' END,
       (SELECT ARRAY[pn.nspname::text, p.proname::text,
                     pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.format_type(a.t, NULL)
                                                      FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) WITH ORDINALITY a(t, i)
                                                      ORDER BY a.i), ', ')]
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = c.castfunc),
       CASE c.castcontext WHEN 'a' THEN 'assignment' WHEN 'i' THEN 'implicit' END,
       d.description
FROM pg_catalog.pg_cast c
JOIN pg_catalog.pg_type st ON st.oid = c.castsource
JOIN pg_catalog.pg_namespace sn ON sn.oid = st.typnamespace
JOIN pg_catalog.pg_type tt ON tt.oid = c.casttarget
JOIN pg_catalog.pg_namespace tn ON tn.oid = tt.typnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.oid >= 16384
  AND (pg_catalog.cardinality($1::text[]) = 0 OR sn.nspname = ANY ($1::text[]) OR tn.nspname = ANY ($1::text[]))
  AND NOT sn.nspname = ANY ($2::text[]) AND NOT tn.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype IN ('e', 'i'))
ORDER BY 1, 2

-- name: operators
-- Operators with their function (shell operators, which have none, are
-- left out), commutator and negator as schema.op, estimators, flags and
-- comment.
SELECT n.nspname,
       o.oprname,
       CASE WHEN o.oprleft <> 0 THEN pg_catalog.format_type(o.oprleft, NULL) END,
       pg_catalog.format_type(o.oprright, NULL),
       (SELECT ARRAY[pn.nspname::text, p.proname::text,
                     pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.format_type(a.t, NULL)
                                                      FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) WITH ORDINALITY a(t, i)
                                                      ORDER BY a.i), ', ')]
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = o.oprcode),
       (SELECT ARRAY[xn.nspname::text, x.oprname::text]
        FROM pg_catalog.pg_operator x JOIN pg_catalog.pg_namespace xn ON xn.oid = x.oprnamespace WHERE x.oid = o.oprcom),
       (SELECT ARRAY[xn.nspname::text, x.oprname::text]
        FROM pg_catalog.pg_operator x JOIN pg_catalog.pg_namespace xn ON xn.oid = x.oprnamespace WHERE x.oid = o.oprnegate),
       (SELECT ARRAY[pn.nspname::text, p.proname::text]
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = o.oprrest),
       (SELECT ARRAY[pn.nspname::text, p.proname::text]
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = o.oprjoin),
       o.oprcanhash,
       o.oprcanmerge,
       d.description
FROM pg_catalog.pg_operator o
JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = o.oid AND d.classoid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND d.objsubid = 0
WHERE o.oprcode <> 0
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass
                    AND x.objid = o.oid AND x.deptype = 'e')
ORDER BY n.nspname, o.oprname, 3, 4
