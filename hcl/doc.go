// Package hcl reads and writes schemas in the Atlas HCL dialect for
// PostgreSQL: Parse turns .hcl files into a schema.Database and Write turns
// a schema.Database into canonical, stable HCL.
//
// The dialect follows Atlas's: one block per object (schema, table, column,
// primary_key, foreign_key, index, check, unique, exclude, enum, domain,
// composite, range, sequence, view, materialized, function, procedure,
// aggregate, trigger, event_trigger, policy, rule, extension, collation,
// cast, operator, statistics, foreign_data_wrapper, server, foreign_table,
// user_mapping), references instead of strings (schema.public, column.id,
// table.users.column.id, enum.mood, function.audit), sql("...") for raw SQL
// expressions, variable and locals blocks. docs/hcl.md describes every block
// and attribute and where Strata differs from Atlas.
//
// Parse keeps expressions as written: it does not canonicalise SQL (that is
// the job of package ddl; the command line renders a parsed model to SQL and
// reads it back with ddl so that hand-written files compare equal to
// databases). Write prints canonical models, and Parse(Write(db)) equals db.
package hcl
