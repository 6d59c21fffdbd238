-- Catalog queries of the live inspector: privileges (see queries.sql for
-- the format and the shared parameters $1 and $2).

-- name: grants
-- The privileges of every object that has an ACL of its own (relacl,
-- attacl, nspacl, proacl, typacl not NULL: a NULL ACL is the kind's
-- default), one row per privilege and grantee, aclexplode'd, the owner's
-- own entries left out (ownership is not modeled). An object whose ACL
-- holds nothing but the owner's entries still gets one row, with NULL
-- privilege, so that its lack of the default privileges shows. Grantee
-- NULL is PUBLIC (aclexplode's grantee 0). Rows with init true are the
-- initial privileges pg_init_privs records for the object (initdb's,
-- privtype 'i': only the public schema among user objects): they replace
-- the kind's defaults; their owner entry (grantee = grantor) is left out
-- too, also after ALTER ... OWNER TO gave the object another owner. Identity sequences (an internal dependency) are
-- part of their column and not modeled with privileges. Columns: kind, schema, name, column name or
-- function identity argument types, grantee, privilege, grantable, init.
-- Foreign-data wrappers and servers belong to no schema: their schema is ''
-- and the schema parameters do not apply to them.
WITH n AS MATERIALIZED (
    SELECT n.oid, n.nspname, n.nspacl, n.nspowner
    FROM pg_catalog.pg_namespace n
    WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
      AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
      AND NOT n.nspname = ANY ($2::text[])
), obj AS (
    SELECT 'schema' AS kind, n.oid, 'pg_catalog.pg_namespace'::pg_catalog.regclass AS classid, 0 AS subid,
           n.nspname AS nsp, n.nspname AS name, NULL::text[] AS args, n.nspacl AS acl, n.nspowner AS owner
    FROM n
    WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                      WHERE x.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                        AND x.objid = n.oid AND x.deptype = 'e')
    UNION ALL
    SELECT CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'table' END, c.oid,
           'pg_catalog.pg_class'::pg_catalog.regclass, 0,
           n.nspname, c.relname, NULL, c.relacl, c.relowner
    FROM pg_catalog.pg_class c
    JOIN n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relacl IS NOT NULL
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                      WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND x.objid = c.oid
                        AND (x.deptype = 'e' OR (x.deptype = 'i' AND c.relkind = 'S')))
    UNION ALL
    SELECT 'column', c.oid, 'pg_catalog.pg_class'::pg_catalog.regclass, a.attnum,
           n.nspname, c.relname, ARRAY[a.attname::text], a.attacl, c.relowner
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    JOIN n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attacl IS NOT NULL
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                      WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND x.objid = c.oid AND x.deptype = 'e')
    UNION ALL
    SELECT 'function', p.oid, 'pg_catalog.pg_proc'::pg_catalog.regclass, 0,
           n.nspname, p.proname,
           ARRAY(SELECT pg_catalog.format_type(t.typ, NULL)
                 FROM ROWS FROM (pg_catalog.unnest(COALESCE(p.proallargtypes, p.proargtypes::pg_catalog.oid[])),
                                 pg_catalog.unnest(p.proargmodes)) WITH ORDINALITY AS t(typ, mode, i)
                 WHERE t.mode IS NULL OR t.mode IN ('i', 'b', 'v') OR (t.mode = 'o' AND p.prokind = 'p')
                 ORDER BY t.i),
           p.proacl, p.proowner
    FROM pg_catalog.pg_proc p
    JOIN n ON n.oid = p.pronamespace
    WHERE p.proacl IS NOT NULL
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                      WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                        AND x.objid = p.oid AND x.deptype = 'e')
    UNION ALL
    SELECT 'type', t.oid, 'pg_catalog.pg_type'::pg_catalog.regclass, 0,
           n.nspname, t.typname, NULL, t.typacl, t.typowner
    FROM pg_catalog.pg_type t
    JOIN n ON n.oid = t.typnamespace
    LEFT JOIN pg_catalog.pg_class tc ON tc.oid = t.typrelid
    WHERE t.typacl IS NOT NULL AND t.typtype IN ('b', 'c', 'd', 'e', 'r')
      AND (t.typtype <> 'c' OR tc.relkind = 'c')
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                      WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                        AND x.objid = t.oid AND x.deptype = 'e')
    UNION ALL
    SELECT 'foreign data wrapper', w.oid, 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass, 0,
           '', w.fdwname, NULL, w.fdwacl, w.fdwowner
    FROM pg_catalog.pg_foreign_data_wrapper w
    WHERE w.fdwacl IS NOT NULL
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                      WHERE x.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
                        AND x.objid = w.oid AND x.deptype = 'e')
    UNION ALL
    SELECT 'foreign server', v.oid, 'pg_catalog.pg_foreign_server'::pg_catalog.regclass, 0,
           '', v.srvname, NULL, v.srvacl, v.srvowner
    FROM pg_catalog.pg_foreign_server v
    WHERE v.srvacl IS NOT NULL
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                      WHERE x.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
                        AND x.objid = v.oid AND x.deptype = 'e')
)
SELECT o.kind, o.nsp, o.name, o.args,
       r.rolname, e.privilege_type, e.is_grantable, false
FROM obj o
LEFT JOIN LATERAL pg_catalog.aclexplode(o.acl) e ON e.grantee <> o.owner
LEFT JOIN pg_catalog.pg_roles r ON r.oid = e.grantee
WHERE o.acl IS NOT NULL
UNION ALL
SELECT o.kind, o.nsp, o.name, o.args,
       r.rolname, e.privilege_type, e.is_grantable, true
FROM obj o
JOIN pg_catalog.pg_init_privs ip
  ON ip.objoid = o.oid AND ip.classoid = o.classid AND ip.objsubid = o.subid AND ip.privtype = 'i'
LEFT JOIN LATERAL pg_catalog.aclexplode(ip.initprivs) e ON e.grantee <> o.owner AND e.grantee <> e.grantor
LEFT JOIN pg_catalog.pg_roles r ON r.oid = e.grantee
ORDER BY 1, 2, 3, 4

-- name: default_privileges
-- The entries of ALTER DEFAULT PRIVILEGES (pg_default_acl), one row per
-- privilege and grantee, aclexplode'd, the entry's own role left out (the
-- privileges of an object's owner are not modeled). An entry that holds
-- nothing but that role's privileges still gets one row, with NULL
-- privilege: a global entry then takes every built-in default away.
-- Grantee NULL is PUBLIC. Global entries (defaclnamespace 0) belong to no
-- schema and are always read; per-schema entries follow the schema
-- parameters. Columns: role, whether the role is current_user, schema (''
-- for a global entry), object type (r, S, f, T, n), grantee, privilege,
-- grantable.
SELECT r.rolname::text,
       r.rolname = CURRENT_USER,
       COALESCE(n.nspname::text, ''),
       d.defaclobjtype::text,
       g.rolname::text,
       e.privilege_type,
       e.is_grantable
FROM pg_catalog.pg_default_acl d
JOIN pg_catalog.pg_roles r ON r.oid = d.defaclrole
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
LEFT JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) e ON e.grantee <> d.defaclrole
LEFT JOIN pg_catalog.pg_roles g ON g.oid = e.grantee
WHERE d.defaclnamespace = 0
   OR (n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
       AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
       AND NOT n.nspname = ANY ($2::text[]))
ORDER BY 1, 3, 4, 5, 6
