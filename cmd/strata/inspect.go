package main

import (
	"context"
	"fmt"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/schema"
)

var inspectCommand = &command{
	name:    "inspect",
	summary: "print the schema of a database or of SQL/HCL files, as JSON, SQL or HCL",
	usage: `Usage: strata inspect SRC [--schema NAME]... [--format json|sql|hcl] [--dev-url URL] [--var NAME=VALUE]...

Reads the schema at SRC and prints it on standard output.

SRC is a database URL (postgres://user:password@host:port/dbname or
postgresql://...) or the path of a .sql or .hcl file or of a directory, whose
.sql and .hcl files are read recursively in path order (HCL files first; see
docs/hcl.md for the HCL dialect). Files are parsed offline; no
database is needed. Statements that are not schema (SET, INSERT, OWNER TO,
SELECT setval(...) ...) are skipped and counted in a note on standard error.

Flags:
  --schema NAME    keep only schema NAME; repeat the flag to keep several
  --format FORMAT  json (default): the canonical model, byte-identical for the
                   same schema whether it came from files or a database;
                   sql: DDL that recreates the schema on an empty database;
                   hcl: the schema in Strata's (Atlas-style) HCL dialect
  --dev-url URL    read SQL files through a temporary database created on
                   the server of URL (loaded, inspected, always dropped),
                   instead of offline; needed for CREATE TABLE ... AS
  --var NAME=VALUE the value of HCL variable NAME (variable "NAME" {}); repeat
                   the flag for several; every command accepts it

Examples:
  strata inspect schema.sql
  strata inspect migrations/ --format sql
  strata inspect postgres://postgres@127.0.0.1:5432/app --format hcl > schema.hcl
  strata inspect schema/ --var tenant=acme
  strata inspect postgres://postgres@127.0.0.1:5432/app --schema public
`,
	run: runInspect,
}

func runInspect(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("inspect")
	var schemas stringList
	format := &choice{value: "json", allowed: []string{"json", "sql", "hcl"}}
	fs.Var(&schemas, "schema", "")
	fs.Var(format, "format", "")
	var dev devURLFlag
	dev.register(fs)
	positional, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(positional) != 1 {
		return &usageError{msg: fmt.Sprintf("want exactly one SRC, got %d arguments", len(positional))}
	}
	src, err := parseSource(positional[0])
	if err != nil {
		return err
	}
	e.secrets = append(e.secrets, src.secrets()...)
	if err := dev.check(e); err != nil {
		return err
	}
	src.dev = dev.url
	db, err := loadSource(ctx, src, schemas, e.stderr)
	if err != nil {
		return err
	}
	var out []byte
	switch format.value {
	case "json":
		if out, err = schema.MarshalCanonical(db); err != nil {
			return fmt.Errorf("encoding the model: %w", err)
		}
	case "sql":
		out = []byte(ddl.Render(db))
	case "hcl":
		if out, err = writeHCL(db); err != nil {
			return err
		}
	}
	if _, err := e.stdout.Write(out); err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}
	return nil
}
