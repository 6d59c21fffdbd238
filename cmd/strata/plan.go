package main

import (
	"context"
	"fmt"
	"os"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/plan"
)

var planCommand = &command{
	name:    "plan",
	summary: "print the ordered DDL that turns one schema into another",
	usage: `Usage: strata plan --from SRC --to SRC [--format sql|json] [--out FILE] [--concurrently]

Reads the schemas at --from and --to and prints the plan that migrates the
first to the second: the DDL steps in dependency order. The same schemas
always give the same plan. Backward is not special: swap --from and --to.

SRC is a database URL (postgres://user:password@host:port/dbname or
postgresql://...) or the path of a .sql file or of a directory, whose .sql
files are read recursively in path order, as for strata inspect.

Flags:
  --from SRC       the schema as it is (required)
  --to SRC         the schema as it should be (required)
  --format FORMAT  sql (default): an executable script; a statement that
                   cannot run inside a transaction is preceded by the line
                   "-- strata: not transactional";
                   json: the plan artifact (format_version, the from and to
                   fingerprints, and the steps)
  --out FILE       also write the plan artifact (JSON) to FILE
  --concurrently   create and drop indexes of existing tables with
                   CONCURRENTLY (steps that cannot run in a transaction)

Examples:
  strata plan --from postgres://postgres@127.0.0.1:5432/app --to schema/
  strata plan --from old.sql --to new.sql --format json
  strata plan --from postgres://postgres@127.0.0.1:5432/app --to schema/ --out plan.json
`,
	run: runPlan,
}

func runPlan(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("plan")
	var src fromTo
	var out string
	var concurrently bool
	format := &choice{value: "sql", allowed: []string{"sql", "json"}}
	src.register(fs)
	fs.BoolVar(&concurrently, "concurrently", false, "")
	fs.StringVar(&out, "out", "", "")
	fs.Var(format, "format", "")
	positional, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	a, b, err := src.load(ctx, e, positional)
	if err != nil {
		return err
	}
	p, err := plan.Build(diff.Compare(a, b), plan.Options{Concurrently: concurrently})
	if err != nil {
		return fmt.Errorf("planning: %w", err)
	}
	artifact, err := marshalJSON(p)
	if err != nil {
		return fmt.Errorf("encoding the plan: %w", err)
	}
	if out != "" {
		if err := os.WriteFile(out, artifact, 0o644); err != nil {
			return fmt.Errorf("writing the plan: %w", err)
		}
	}
	text := artifact
	if format.value == "sql" {
		text = []byte(p.SQL())
	}
	if _, err := e.stdout.Write(text); err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}
	return nil
}
