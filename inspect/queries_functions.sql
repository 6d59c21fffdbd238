-- Catalog queries of functions, procedures and aggregates (pg_proc and
-- pg_aggregate); see queries.sql for the conventions. Argument and result
-- types are printed without a type modifier (format_type(oid, NULL)), which
-- is all PostgreSQL keeps of them. Functions that aggregates name are
-- printed unqualified in pg_catalog and schema-qualified elsewhere, so that
-- the printout does not depend on which overloads exist; so is the planner
-- support function (prosupport), the last column. Functions that
-- belong to an extension (deptype 'e') or to a type (deptype 'i': the
-- constructors of a range type) are left out.

-- name: functions
-- PostgreSQL 13 has no SQL-standard function bodies.
SELECT n.nspname,
       p.proname,
       p.prokind,
       ARRAY(SELECT pg_catalog.format_type(u.t, NULL)
             FROM pg_catalog.unnest(COALESCE(p.proallargtypes, p.proargtypes::pg_catalog.oid[])) WITH ORDINALITY AS u(t, i)
             ORDER BY u.i),
       p.proargmodes::text[],
       p.proargnames,
       ARRAY(SELECT pg_catalog.pg_get_function_arg_default(p.oid, g.i)
             FROM pg_catalog.generate_series(1, COALESCE(pg_catalog.cardinality(p.proallargtypes), p.pronargs::integer)) AS g(i)
             ORDER BY g.i),
       pg_catalog.format_type(p.prorettype, NULL),
       p.proretset,
       l.lanname,
       p.prosrc,
       p.probin,
       NULL::text,
       p.provolatile::text,
       p.proisstrict,
       p.prosecdef,
       p.proleakproof,
       p.proparallel::text,
       p.procost::float8,
       p.prorows::float8,
       p.proconfig,
       d.description,
       a.aggkind::text,
       a.aggnumdirectargs::integer,
       ARRAY(SELECT CASE WHEN f.oid IS NULL THEN NULL
                         WHEN f.pronamespace = 'pg_catalog'::pg_catalog.regnamespace THEN pg_catalog.quote_ident(f.proname)
                         ELSE pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname) END
             FROM pg_catalog.unnest(ARRAY[a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn,
                                          a.aggdeserialfn, a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn]::pg_catalog.oid[])
                  WITH ORDINALITY AS u(o, i)
             LEFT JOIN pg_catalog.pg_proc f ON f.oid = u.o
             LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
             ORDER BY u.i),
       pg_catalog.format_type(a.aggtranstype, NULL),
       a.aggtransspace,
       a.aggfinalextra,
       a.aggfinalmodify::text,
       a.agginitval,
       CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END,
       a.aggmtransspace,
       a.aggmfinalextra,
       a.aggmfinalmodify::text,
       a.aggminitval,
       CASE WHEN a.aggsortop <> 0 THEN a.aggsortop::pg_catalog.regoperator::text END,
       CASE WHEN sp.oid IS NULL THEN NULL
            WHEN sp.pronamespace = 'pg_catalog'::pg_catalog.regnamespace THEN pg_catalog.quote_ident(sp.proname)
            ELSE pg_catalog.quote_ident(spn.nspname) || '.' || pg_catalog.quote_ident(sp.proname) END
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
LEFT JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
LEFT JOIN pg_catalog.pg_proc sp ON sp.oid = p.prosupport
LEFT JOIN pg_catalog.pg_namespace spn ON spn.oid = sp.pronamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND x.objid = p.oid AND x.deptype IN ('e', 'i'))
ORDER BY n.nspname, p.proname, p.oid

-- name: functions (14)
SELECT n.nspname,
       p.proname,
       p.prokind,
       ARRAY(SELECT pg_catalog.format_type(u.t, NULL)
             FROM pg_catalog.unnest(COALESCE(p.proallargtypes, p.proargtypes::pg_catalog.oid[])) WITH ORDINALITY AS u(t, i)
             ORDER BY u.i),
       p.proargmodes::text[],
       p.proargnames,
       ARRAY(SELECT pg_catalog.pg_get_function_arg_default(p.oid, g.i)
             FROM pg_catalog.generate_series(1, COALESCE(pg_catalog.cardinality(p.proallargtypes), p.pronargs::integer)) AS g(i)
             ORDER BY g.i),
       pg_catalog.format_type(p.prorettype, NULL),
       p.proretset,
       l.lanname,
       p.prosrc,
       p.probin,
       pg_catalog.pg_get_function_sqlbody(p.oid),
       p.provolatile::text,
       p.proisstrict,
       p.prosecdef,
       p.proleakproof,
       p.proparallel::text,
       p.procost::float8,
       p.prorows::float8,
       p.proconfig,
       d.description,
       a.aggkind::text,
       a.aggnumdirectargs::integer,
       ARRAY(SELECT CASE WHEN f.oid IS NULL THEN NULL
                         WHEN f.pronamespace = 'pg_catalog'::pg_catalog.regnamespace THEN pg_catalog.quote_ident(f.proname)
                         ELSE pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname) END
             FROM pg_catalog.unnest(ARRAY[a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn,
                                          a.aggdeserialfn, a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn]::pg_catalog.oid[])
                  WITH ORDINALITY AS u(o, i)
             LEFT JOIN pg_catalog.pg_proc f ON f.oid = u.o
             LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
             ORDER BY u.i),
       pg_catalog.format_type(a.aggtranstype, NULL),
       a.aggtransspace,
       a.aggfinalextra,
       a.aggfinalmodify::text,
       a.agginitval,
       CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END,
       a.aggmtransspace,
       a.aggmfinalextra,
       a.aggmfinalmodify::text,
       a.aggminitval,
       CASE WHEN a.aggsortop <> 0 THEN a.aggsortop::pg_catalog.regoperator::text END,
       CASE WHEN sp.oid IS NULL THEN NULL
            WHEN sp.pronamespace = 'pg_catalog'::pg_catalog.regnamespace THEN pg_catalog.quote_ident(sp.proname)
            ELSE pg_catalog.quote_ident(spn.nspname) || '.' || pg_catalog.quote_ident(sp.proname) END
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
LEFT JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
LEFT JOIN pg_catalog.pg_proc sp ON sp.oid = p.prosupport
LEFT JOIN pg_catalog.pg_namespace spn ON spn.oid = sp.pronamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND x.objid = p.oid AND x.deptype IN ('e', 'i'))
ORDER BY n.nspname, p.proname, p.oid
