// Package schema is Strata's model of a PostgreSQL schema: the single data
// structure that the SQL parser (package ddl), the live inspector (package
// inspect) and every later stage (diff, plan, lint, apply) share.
//
// The model is canonical: two sources that describe the same database produce
// values that are deep-equal after Normalize, and print byte-identical JSON.
// To make that possible every field holds PostgreSQL's own spelling of a
// thing, as the catalog would print it with search_path set to the empty
// string (so every object outside pg_catalog is schema-qualified):
//
//   - types as format_type prints them: "integer", "character varying(20)",
//     "timestamp with time zone", "numeric(10,2)", "text[]", "public.mood";
//   - identifiers unquoted (the raw name, as in pg_class.relname); quoting is
//     the renderer's job;
//   - expressions (defaults, checks, index expressions and predicates,
//     generated columns) in the canonical form produced by
//     ddl.CanonicalExpr: PostgreSQL's stored form (pg_get_expr), re-parsed and
//     re-printed by one deparser so that white space and parentheses never
//     matter.
//
// Lists are sorted by Normalize (objects by qualified name, columns by
// position), so output and hashes are deterministic. Fingerprint hashes the
// canonical JSON.
//
// This package imports only the standard library.
package schema
