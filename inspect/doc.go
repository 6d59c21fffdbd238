// Package inspect reads a live PostgreSQL database into the canonical model
// (package schema).
//
// Live runs a fixed number of catalog queries (Queries; the number does not
// grow with the number of objects), all kept as SQL in queries.sql, inside
// one READ ONLY REPEATABLE READ transaction whose session settings make
// PostgreSQL's printed DDL schema-qualified and deterministic. Where the
// catalog differs between PostgreSQL 13 and 18, queries.sql holds one
// variant per major and the server's version picks it.
//
// What the catalog holds as data (names, flags, sequence options, storage
// parameters, comments) is read directly. What only PostgreSQL's printer
// gives in full (index, constraint, partition key and bound definitions,
// column defaults and generation expressions) is converted by package ddl's
// *FromDef functions: the same code that parses user files, so that a parsed
// model and an inspected one agree by construction.
//
// Left out, as the model defines: system schemas, extensions installed in
// pg_catalog, objects that belong to an extension, identity sequences (part
// of their column), NOT NULL constraints (Column.NotNull), CHECK constraints
// that are only inherited, and indexes and constraints PostgreSQL clones onto
// partitions (they belong to the parent).
package inspect
