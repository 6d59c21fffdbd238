-- Catalog queries for operator families and classes (see queries.sql for
-- the format and the parameters $1 and $2).

-- name: operator_classes
-- Operator families (kind f) and operator classes (kind c) not created by
-- an extension, each with the members tied to it: pg_depend of a pg_amop
-- or pg_amproc row points at the class (the member goes with it) or at
-- the family (a loose member); an ordering operator's dependency on its
-- btree sort family (another family) is not membership. Members come as
-- JSON arrays, types as format_type prints them. Columns: kind, schema,
-- name, method, class type, default, family schema, family name, storage
-- type (NULL when it is the class's type), operators, functions, comment.
WITH obj AS (
  SELECT 'f' AS kind, f.oid, 'pg_catalog.pg_opfamily'::pg_catalog.regclass AS classid,
         f.opfnamespace AS nsp, f.opfname AS name, f.opfmethod AS am,
         NULL::text AS typ, false AS dflt, 0::pg_catalog.oid AS fam, 0::pg_catalog.oid AS keytype
  FROM pg_catalog.pg_opfamily f
  UNION ALL
  SELECT 'c', c.oid, 'pg_catalog.pg_opclass'::pg_catalog.regclass,
         c.opcnamespace, c.opcname, c.opcmethod,
         pg_catalog.format_type(c.opcintype, NULL), c.opcdefault, c.opcfamily, c.opckeytype
  FROM pg_catalog.pg_opclass c
)
SELECT o.kind,
       n.nspname::text,
       o.name::text,
       a.amname::text,
       o.typ,
       o.dflt,
       fn.nspname::text,
       f.opfname::text,
       CASE WHEN o.keytype <> 0 THEN pg_catalog.format_type(o.keytype, NULL) END,
       (SELECT pg_catalog.json_agg(pg_catalog.json_build_object(
                 'strategy', m.amopstrategy,
                 'left', pg_catalog.format_type(m.amoplefttype, NULL),
                 'right', pg_catalog.format_type(m.amoprighttype, NULL),
                 'op_schema', opn.nspname, 'op_name', op.oprname,
                 'sort_schema', sfn.nspname, 'sort_name', sf.opfname))
        FROM pg_catalog.pg_amop m
        JOIN pg_catalog.pg_depend d
          ON d.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass AND d.objid = m.oid
         AND d.refclassid = o.classid AND d.refobjid = o.oid
        JOIN pg_catalog.pg_operator op ON op.oid = m.amopopr
        JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
        LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = m.amopsortfamily
        LEFT JOIN pg_catalog.pg_namespace sfn ON sfn.oid = sf.opfnamespace
        WHERE m.amopfamily = CASE o.kind WHEN 'f' THEN o.oid ELSE o.fam END),
       (SELECT pg_catalog.json_agg(pg_catalog.json_build_object(
                 'number', m.amprocnum,
                 'left', pg_catalog.format_type(m.amproclefttype, NULL),
                 'right', pg_catalog.format_type(m.amprocrighttype, NULL),
                 'fn_schema', pn.nspname, 'fn_name', p.proname,
                 'fn_args', pg_catalog.array_to_string(ARRAY(
                     SELECT pg_catalog.format_type(t.t, NULL)
                     FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) WITH ORDINALITY t(t, i)
                     ORDER BY t.i), ', ')))
        FROM pg_catalog.pg_amproc m
        JOIN pg_catalog.pg_depend d
          ON d.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass AND d.objid = m.oid
         AND d.refclassid = o.classid AND d.refobjid = o.oid
        JOIN pg_catalog.pg_proc p ON p.oid = m.amproc
        JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace),
       ds.description
FROM obj o
JOIN pg_catalog.pg_namespace n ON n.oid = o.nsp
JOIN pg_catalog.pg_am a ON a.oid = o.am
LEFT JOIN pg_catalog.pg_opfamily f ON f.oid = o.fam
LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
LEFT JOIN pg_catalog.pg_description ds
       ON ds.objoid = o.oid AND ds.classoid = o.classid AND ds.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (pg_catalog.cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
  AND NOT n.nspname = ANY ($2::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend x
                  WHERE x.classid = o.classid AND x.objid = o.oid AND x.deptype = 'e')
ORDER BY 1, 2, 3, 4
