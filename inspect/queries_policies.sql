-- Catalog query of row-level security: the tables' ENABLE / FORCE ROW LEVEL
-- SECURITY flags and their policies (see queries.sql for the conventions).

-- name: policies
-- One row per policy, plus one row without a policy (polname NULL) for each
-- table that enables or forces row-level security but has no policy.
-- polcmd: '*' all, 'r' select, 'a' insert, 'w' update, 'd' delete. Role 0 in
-- polroles is PUBLIC.
SELECT c.oid,
       c.relrowsecurity,
       c.relforcerowsecurity,
       p.polname,
       p.polcmd::text,
       p.polpermissive,
       ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'public' ELSE a.rolname::text END
             FROM pg_catalog.unnest(p.polroles) AS r(oid)
             LEFT JOIN pg_catalog.pg_roles a ON a.oid = r.oid),
       pg_catalog.pg_get_expr(p.polqual, p.polrelid),
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid),
       d.description
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_policy p ON p.polrelid = c.oid
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND d.objsubid = 0
WHERE (c.relrowsecurity OR c.relforcerowsecurity OR p.oid IS NOT NULL)
  AND c.relkind IN ('r', 'p')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY c.oid, p.polname
